/**
 * The sync benchmark (`mvn -Pbenchmark verify`, see docs/benchmarks.md): a directory of N users in the client JVM,
 * and a test-only module in the server that reads it raw, then syncs it twice, and reports the rates and the peak heap.
 * It prints figures; it is not a timed test.
 */
package org.adsync.it.benchmark;
