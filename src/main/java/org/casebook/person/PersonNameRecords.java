package org.casebook.person;

import java.util.Map;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.VersionedRecords;
import org.springframework.stereotype.Component;

@Component
class PersonNameRecords implements VersionedRecords {
    private final PersonService service;

    PersonNameRecords(PersonService service) {
        this.service = service;
    }

    @Override
    public RecordType recordType() {
        return RecordType.person_name;
    }

    @Override
    public Map<Long, String> currentContent(long afterId, int limit) {
        return service.currentNames(afterId, limit);
    }
}
