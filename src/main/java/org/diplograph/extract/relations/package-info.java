/**
 * PLOVER-typed, directed relations between countries: {@link org.diplograph.extract.relations.RelationStage}
 * (requires the meetings and statements and what they read; produces RELATIONS) from meetings that took place,
 * reported actions ({@link org.diplograph.extract.relations.Plover}) and statements whose reporting verb carries a
 * stance.
 */
package org.diplograph.extract.relations;
