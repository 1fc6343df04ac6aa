/** API tokens: the signed-in user creates, lists and revokes their own tokens for scripts. */
package org.adsync.api.token;
