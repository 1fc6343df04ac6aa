package org.adsync.security.admin;

import java.util.List;

/** A security level's name and the permissions it grants, by their names (CONFIGURE_MICROSOFT_EXTENSIONS, ...). */
public record SecurityLevelInput(String name, List<String> permissions) {
}
