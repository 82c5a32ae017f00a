/**
 * Dossiers as Excel workbooks: the template, the converter both ways and the reader that places every problem in
 * its sheet, row and column. Start at {@link org.ngoaivu.xlsx.DossierWorkbook}.
 */
package org.ngoaivu.xlsx;
