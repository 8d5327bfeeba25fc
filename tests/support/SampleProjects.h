#pragma once

// Projects for storage tests: every field of every object holds a value (no field left at its default), made
// deterministically from a generation number, so a saved and reopened project can be compared whole.

#include "model/Project.h"

namespace etp::test {

struct FillOptions {
    int objectsPerCollection = 3;
    /// Overrides objectsPerCollection for a collection, by the model type's kind ("subnet" -> 20000).
    QMap<QString, int> countsByKind;
    /// Every object carries it (in text and numbers), and the title reads "generation N".
    int generation = 0;
    /// Puts awkward text (awkwardTexts()) into the text fields; otherwise plain text.
    bool awkwardText = true;
};

/// Text that has broken serializers: commas, quotes, backslashes, markup, emoji, a 10,000-character name.
QStringList awkwardTexts();

/// A project whose every field of every object holds a value derived from `options`; the same options always give
/// an equal project.
Project filledProject(const FillOptions &options = {});

/// The generation a filled project was made with (from its title), or -1.
int generationOf(const Project &project);

} // namespace etp::test
