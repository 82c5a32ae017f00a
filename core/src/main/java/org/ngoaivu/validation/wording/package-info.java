/**
 * The wording of problems in Vietnamese and English, shared by the dossier validator and the JSON readers. The
 * module does not export this package: it is no part of the API.
 */
package org.ngoaivu.validation.wording;
