package cn.xinhuo.assessment;

import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What may be kept as evidence: photos (JPEG, PNG) and scans (PDF) up to 5 MB, at most 20 per
 * evaluation, and the bytes must be what the declared type says (a renamed executable is not a photo).
 */
public final class EvidencePolicy {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_FILES = 20;

    /** The first bytes of each accepted type. */
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
            "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    private EvidencePolicy() {
    }

    public static void check(String mediaType, byte[] content, long filesSoFar) {
        if (content == null || content.length == 0) {
            throw ProblemException.badField("file", "evidence.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, List.of(new FieldError("file", "{evidence.too-large}")),
                    "evidence.too-large", MAX_BYTES / 1024 / 1024);
        }
        byte[] signature = SIGNATURES.get(mediaType);
        if (signature == null) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, List.of(new FieldError("file", "{evidence.type-not-allowed}")),
                    "evidence.type-not-allowed", mediaType);
        }
        if (content.length < signature.length || !Arrays.equals(Arrays.copyOf(content, signature.length), signature)) {
            throw ProblemException.badField("file", "evidence.content-not-type", mediaType);
        }
        if (filesSoFar >= MAX_FILES) {
            throw ProblemException.badField("file", "evidence.too-many", MAX_FILES);
        }
    }
}
