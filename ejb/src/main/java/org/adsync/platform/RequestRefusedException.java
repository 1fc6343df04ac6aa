package org.adsync.platform;

/**
 * What a caller asked for cannot be done as asked: settings that cannot be right, something that does not exist,
 * a sync already running. The message says why in words an admin can act on, so the console shows it and the API
 * answers with it, each kind with its own problem type. (Not sealed: Java seals across packages only inside a named
 * module, and each refusal lives with the rule that makes it.)
 */
public abstract class RequestRefusedException extends RuntimeException {

    protected RequestRefusedException(String message) {
        super(message);
    }
}
