/**
 * ngoaivu core: the dossier model (hồ sơ), its JSON Schemas and reader, the engine API and the SPI an engine
 * implements. It knows nothing of Drools.
 */
module org.ngoaivu.core {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.networknt.schema;

    exports org.ngoaivu.engine;
    exports org.ngoaivu.json;
    exports org.ngoaivu.model;
    exports org.ngoaivu.spi;
    exports org.ngoaivu.validation;

    // Jackson binds the model records and the reader's private types by reflection.
    opens org.ngoaivu.model to com.fasterxml.jackson.databind;
    opens org.ngoaivu.json to com.fasterxml.jackson.databind;
    // The schemas are resources: open, so that other modules can read them.
    opens org.ngoaivu.schema;

    uses org.ngoaivu.spi.ComplianceEngineProvider;
}
