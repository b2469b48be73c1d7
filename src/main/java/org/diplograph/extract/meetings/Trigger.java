package org.diplograph.extract.meetings;

import org.diplograph.facts.MeetingMode;

/**
 * A word that reports a contact: a verb ("met", "visited") or a noun ("talks", "summit").
 *
 * @param distributive the report stands for one contact per counterpart ("one-on-one meetings with A, B and
 *                     C", "calls to A and B", "visits to A and B")
 */
record Trigger(int token, String lemma, MeetingMode mode, boolean verb, boolean distributive) {
}
