/**
 * What the console and the API do to the PSA records: add, edit and deactivate organizations (also from a CSV
 * import, previewed before anything is written) and contact billing products.
 */
package org.adsync.psa.admin;
