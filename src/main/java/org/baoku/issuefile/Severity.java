package org.baoku.issuefile;

public enum Severity {
    ERROR,
    WARNING,
    INFO
}
