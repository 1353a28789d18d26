package org.baoku.archive;

public enum ContributorRole {
    REPORTER
}
