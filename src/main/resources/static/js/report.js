// Solves the report form's small proof of work (see SubmissionGuard) so that the form is accepted at once.
// Without this script the form still works; the server then only asks that it was not sent within seconds.
(function () {
    var form = document.getElementById('report-form');
    if (!form || !window.crypto || !window.crypto.subtle || !window.TextEncoder) {
        return;
    }
    var challenge = form.querySelector('input[name=challenge]').value;
    var nonceField = form.querySelector('input[name=nonce]');
    var difficulty = parseInt(form.getAttribute('data-difficulty'), 10);
    var encoder = new TextEncoder();

    function leadingZeroBits(bytes) {
        var bits = 0;
        for (var i = 0; i < bytes.length; i++) {
            if (bytes[i] === 0) { bits += 8; continue; }
            return bits + Math.clz32(bytes[i]) - 24;
        }
        return bits;
    }

    function search(start) {
        var batch = [];
        for (var n = start; n < start + 256; n++) {
            batch.push(crypto.subtle.digest('SHA-256', encoder.encode(challenge + ':' + n)));
        }
        return Promise.all(batch).then(function (hashes) {
            for (var i = 0; i < hashes.length; i++) {
                if (leadingZeroBits(new Uint8Array(hashes[i])) >= difficulty) {
                    nonceField.value = String(start + i);
                    return;
                }
            }
            return search(start + 256);
        });
    }

    search(0);
})();
