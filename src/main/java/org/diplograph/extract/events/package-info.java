/**
 * What the meeting and relation rules share: the earlier stages' facts by local offset
 * ({@link org.diplograph.extract.events.ArticleIndex}), the actors of a sentence (persons with their titles,
 * intergovernmental bodies, countries standing for a government: {@link org.diplograph.extract.events.Actors}),
 * the clause of a trigger ({@link org.diplograph.extract.events.Clauses}), whether an event took place
 * ({@link org.diplograph.extract.events.EventStatus}) and its date ({@link org.diplograph.extract.events.EventDates}).
 * No stage of its own.
 */
package org.diplograph.extract.events;
