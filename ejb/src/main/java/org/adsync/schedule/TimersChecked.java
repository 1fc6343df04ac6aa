package org.adsync.schedule;

/** This server's timer check at startup has ended (see {@link TimerCheckProgress} for how): the syncs are on. */
public record TimersChecked(TimerCheckProgress.Stage outcome) {
}
