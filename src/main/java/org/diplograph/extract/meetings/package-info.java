/**
 * Who met whom: {@link org.diplograph.extract.meetings.MeetingStage} (requires TOKENS, COUNTRIES, PERSONS,
 * ORGANIZATIONS, PLACES, POSTS, TIMES; produces MEETINGS) finds the words that report a contact, the parties on
 * each side, the mode, status, date and place, and one key per real meeting, by rules over tokens and the facts of
 * earlier stages (no parse).
 */
package org.diplograph.extract.meetings;
