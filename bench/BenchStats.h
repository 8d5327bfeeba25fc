#pragma once

// What every benchmark reports: the median of its runs and the peak resident memory of the process.

#include <QList>

#include <sys/resource.h>

#include <algorithm>

namespace etp::bench {

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// The peak resident memory of this process so far, in MiB (ru_maxrss).
inline long peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace etp::bench
