package org.casebook.database;

/** Another Casebook process (a server or a command) holds the embedded database's data directory. */
public class DataDirectoryInUse extends IllegalStateException {
    DataDirectoryInUse(String message) {
        super(message);
    }
}
