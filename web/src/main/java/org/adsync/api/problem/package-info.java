/**
 * Errors as RFC 9457 problem documents: one exception mapper per kind of failure, each with a message that tells
 * the caller what to do and, for validation, the field; never a stack trace.
 */
package org.adsync.api.problem;
