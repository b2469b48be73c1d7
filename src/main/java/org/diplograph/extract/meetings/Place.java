package org.diplograph.extract.meetings;

/** Where a meeting took place: a name as written and its country, either possibly null. */
record Place(String name, String iso2) {
    static final Place NONE = new Place(null, null);

    boolean known() {
        return name != null || iso2 != null;
    }
}
