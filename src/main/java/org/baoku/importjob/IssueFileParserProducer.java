package org.baoku.importjob;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.baoku.issuefile.parse.IssueFileParser;
import org.baoku.issuefile.parse.ParserOptions;

/** The parser is plain Java and thread-safe: one instance serves every step and partition. */
@ApplicationScoped
public class IssueFileParserProducer {

    @Produces
    @Singleton
    IssueFileParser parser() {
        return new IssueFileParser(ParserOptions.defaults());
    }
}
