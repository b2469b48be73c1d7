package org.diplograph.extract.meetings;

import org.diplograph.extract.events.Actor;
/**
 * An actor as a participant of one reported meeting: its side, and where it is named for this meeting (the
 * pronoun "her" rather than the name it refers to).
 *
 * @param inferred true when found through a pronoun, a delegation or the host of a visit
 */
record Party(Actor actor, int side, int mentionBegin, int mentionEnd, boolean inferred) {
    static Party of(Actor actor, int side) {
        return new Party(actor, side, actor.mentionBegin(), actor.mentionEnd(), false);
    }

    Party onSide(int newSide) {
        return new Party(actor, newSide, mentionBegin, mentionEnd, inferred);
    }

    Party withActor(Actor newActor) {
        return new Party(newActor, side, mentionBegin, mentionEnd, inferred);
    }
}
