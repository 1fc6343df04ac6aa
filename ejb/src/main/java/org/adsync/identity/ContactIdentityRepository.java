package org.adsync.identity;

import java.util.List;

/**
 * Port to the synced directory users whose contacts a portal may find: synced, enabled in the directory, contact
 * active. Anchors (object IDs) are lower-case GUIDs; UPN keys are lower case.
 */
public interface ContactIdentityRepository {

    List<IdentityMatch> byObjectId(String anchor);

    List<IdentityMatch> byUpn(String upnKey);
}
