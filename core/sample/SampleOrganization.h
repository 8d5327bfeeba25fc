#pragma once

#include "model/Project.h"

namespace etp {

/// The bundled sample organization: a realistic, native-mode Exchange 2003/2000 organization (3 administrative
/// groups, 5 routing groups, 15 servers, 6 AD sites) with some findings to show. Built in code through the model
/// API, so `--demo` and `sample` need no file beside the executable. Ids are derived from the DNs, so two calls
/// return equal projects.
Project sampleProject();

} // namespace etp
