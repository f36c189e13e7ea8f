package org.casebook.person;

import java.util.List;

/**
 * A new person {@link PersonEdits#checkNew} found valid, with what the check read from it. Only that check makes one,
 * so persons checked already are written without checking each again ({@link PersonEdits#createChecked}): an imported
 * list's rows are checked on a thread of their own, a chunk or two before another thread writes them, and the
 * bean validation of every person was done twice.
 */
public final class CheckedPerson {
    private final PersonCommand command;
    private final Gender gender;
    private final List<NameKind> kinds;

    CheckedPerson(PersonCommand command, Gender gender, List<NameKind> kinds) {
        this.command = command;
        this.gender = gender;
        this.kinds = List.copyOf(kinds);
    }

    public PersonCommand command() {
        return command;
    }

    Gender gender() {
        return gender;
    }

    /** Each name's kind, in the order of the command's names. */
    List<NameKind> kinds() {
        return kinds;
    }
}
