/**
 * The published JSON Schemas (2020-12) of the files ngoaivu reads and writes, as resources of this package:
 * {@code dossier.schema.json} (hồ sơ), {@code parameters.schema.json}, {@code policy.schema.json},
 * {@code waivers.schema.json} and {@code report.schema.json}. The package holds no classes; it is open so that
 * tools and hosts on the module path can read the schemas with {@code ClassLoader.getResource}.
 */
package org.ngoaivu.schema;
