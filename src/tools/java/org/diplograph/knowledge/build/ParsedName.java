package org.diplograph.knowledge.build;

import java.util.List;

/**
 * A person's name as a source reader made it out.
 *
 * @param name    the name in text case ("Tony Blair", "Hu Jintao")
 * @param surname the family name, or null when the source does not mark it
 * @param aliases other forms the source gives ("Anthony Blair" beside "Anthony (Tony) BLAIR")
 */
record ParsedName(String name, String surname, List<String> aliases) {
    ParsedName {
        aliases = List.copyOf(aliases);
    }
}
