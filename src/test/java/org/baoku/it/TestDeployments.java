package org.baoku.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, as every integration test deploys it (tests may add their own classes). */
final class TestDeployments {

    private TestDeployments() {
    }

    static WebArchive builtWar() {
        return ShrinkWrap.create(ZipImporter.class, "baoku.war")
                .importFrom(new File(System.getProperty("baoku.war", "target/baoku.war")))
                .as(WebArchive.class);
    }
}
