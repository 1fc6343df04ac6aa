package org.adsync.schedule;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.adsync.sync.engine.RunningSync;
import org.adsync.sync.engine.SyncEngine;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs forced syncs on the EJB container's asynchronous threads, so that the page or API call returns at once. */
@Stateless
@PermitAll // who may sync what is decided by the console's and the API's permissions, before this
public class BackgroundSyncs {

    private static final Logger LOG = Logger.getLogger(BackgroundSyncs.class.getName());

    @Inject
    SyncEngine engine;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void execute(RunningSync running) {
        try {
            engine.execute(running);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "The forced sync of " + running.plan().organizationName() + " failed", e);
        }
    }
}
