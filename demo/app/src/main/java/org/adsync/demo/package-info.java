/**
 * The demo application: sample PSA records and console users, and the look-alike directories of
 * {@code org.adsync.demo.directory} started on loopback with demo content. Only the demo build ({@code -Pdemo})
 * puts this module in the EAR, and it runs only when the server is started with {@code -Dadsync.demo=true}, as the
 * README's run command does.
 */
package org.adsync.demo;
