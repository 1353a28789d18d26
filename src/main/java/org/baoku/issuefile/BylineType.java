package org.baoku.issuefile;

public enum BylineType {
    /** {@code 本报讯 (记者…)} */
    LOCAL_NEWS,
    /** {@code 本报记者 …} */
    STAFF,
    /** an agency dateline such as {@code 新华社北京8月12日电} */
    WIRE,
    OTHER
}
