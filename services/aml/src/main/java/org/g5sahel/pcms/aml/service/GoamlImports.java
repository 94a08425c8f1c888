package org.g5sahel.pcms.aml.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.g5sahel.pcms.aml.config.AmlConfig;
import org.g5sahel.pcms.aml.imports.GoamlParser;
import org.g5sahel.pcms.aml.imports.GoamlSchema;

/** Reads goAML files, against the FIU's own schema when the operator configured one. */
@Startup
@ApplicationScoped
public class GoamlImports {

    private final GoamlSchema schema;

    public GoamlImports(AmlConfig config) {
        schema = config.goaml().schemaPath().map(GoamlSchema::load).orElse(null);
        config.goaml().schemaPath().ifPresent(path -> Log.infof("goAML files are validated against %s", path));
    }

    /** The report of the file; {@link org.g5sahel.pcms.aml.imports.ImportException} names what is wrong. */
    public ReportCommand read(byte[] file) {
        return GoamlParser.parse(file, schema);
    }
}
