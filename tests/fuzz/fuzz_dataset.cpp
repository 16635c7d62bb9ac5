#include "tests/fuzz/datasetinvariants.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// libFuzzer's entry point: bytes in, a dataset or diagnostics out. A broken invariant aborts,
// which libFuzzer reports as a finding and saves the input.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString broken = checkDatasetInvariants(input);
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "broken invariant: %s\n", broken.toUtf8().constData());
        std::abort();
    }
    return 0;
}
