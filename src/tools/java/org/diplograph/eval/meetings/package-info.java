/**
 * A tool, not the product (diplograph-tools.jar): the meeting evaluations (meetings-dev against the hand-written
 * gold of src/test/resources/eval/meetings-dev.tsv, rams-meet and rams-meetings-sample on RAMS) and their scoring
 * of participant pairs. Internal to {@code eval}, which lists them.
 */
package org.diplograph.eval.meetings;
