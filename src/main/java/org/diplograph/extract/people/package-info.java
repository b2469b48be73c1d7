/**
 * Who is who: {@link org.diplograph.extract.people.OfficialStage} (requires PERSONS, COUNTRIES, ORGANIZATIONS;
 * produces POSTS) reads the titles of {@code data/titles.tsv} around each person's name, the country or body each
 * title is held for, delegation membership, and the person's further mentions by title ("the Pakistani president")
 * and by pronoun where that is safe. A person's identity key (name plus the country they act for) is settled here,
 * once; later stages read it from the person, never derive it again.
 */
package org.diplograph.extract.people;
