package org.casebook.prooflife;

/** What the state answered with. */
public enum AnswerKind {
    statement,
    video,
    photo,
    letter
}
