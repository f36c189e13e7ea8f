package org.casebook.person;

import org.casebook.web.FormErrors;

/** Adding ({@code name} null) or editing one name of a person. */
public record NameFormPage(Person person, String displayName, PersonName name, NameCommand values, FormErrors errors) {}
