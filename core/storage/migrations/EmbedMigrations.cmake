# Writes a C++ header holding every migration SQL file as a raw string literal, so the schema versions are frozen as
# SQL text in the source tree and compiled into core. Called at configure time by core/CMakeLists.txt.
function(etp_embed_migrations output)
    set(entries "")
    foreach(file ${ARGN})
        get_filename_component(name ${file} NAME)
        if(NOT name MATCHES "^([0-9]+)_.*\\.sql$")
            message(FATAL_ERROR "Migration ${name} must be named NNNN_description.sql")
        endif()
        string(REGEX REPLACE "^0+" "" version "${CMAKE_MATCH_1}")
        file(READ ${file} sql)
        string(APPEND entries "    MigrationText{${version}, \"${name}\", R\"etpsql(${sql})etpsql\"},\n")
    endforeach()
    file(WRITE ${output}.new "// Generated from core/storage/migrations/*.sql by EmbedMigrations.cmake; edit the SQL files.
#pragma once

namespace etp::storage::embedded {

struct MigrationText {
    int version;
    const char *name;
    const char *sql;
};

inline constexpr MigrationText migrations[] = {
${entries}};

} // namespace etp::storage::embedded
")
    configure_file(${output}.new ${output} COPYONLY)
endfunction()
