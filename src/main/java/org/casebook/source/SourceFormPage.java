package org.casebook.source;

import org.casebook.web.FormErrors;

public record SourceFormPage(Source source, SourceCommand values, FormErrors errors) {}
