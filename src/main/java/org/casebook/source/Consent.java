package org.casebook.source;

/**
 * What a person who testified agreed to. Without consent to publish, the testimony and every claim taken from it
 * stay off the public site; anonymous publication shows the claim without the testifier or the source's details.
 */
public enum Consent {
    do_not_publish,
    publish_anonymously,
    publish_with_name
}
