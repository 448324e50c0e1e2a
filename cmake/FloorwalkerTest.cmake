# fw_add_test(<unit> LIBS <targets...> [LABELS <labels...>] [ENV <VAR=value...>] [TIMEOUT <s>]
#             [NAME <ctest name>] [ARGS <args...>])
# One Qt Test executable per unit: tests/tst_<unit>.cpp -> tst_<unit>.
# NAME registers the same executable again under another ctest name (e.g. the PostgreSQL run).
function(fw_add_test unit)
    cmake_parse_arguments(T "" "TIMEOUT;NAME" "LIBS;LABELS;ENV;ARGS;SOURCES" ${ARGN})
    set(target tst_${unit})
    if(NOT TARGET ${target})
        qt_add_executable(${target} tst_${unit}.cpp ${T_SOURCES})
        target_link_libraries(${target} PRIVATE Qt6::Test fw_warnings ${T_LIBS})
        target_compile_definitions(${target} PRIVATE
            FW_SOURCE_DIR="${PROJECT_SOURCE_DIR}" FW_BINARY_DIR="${PROJECT_BINARY_DIR}")
    endif()
    if(NOT T_NAME)
        set(T_NAME ${unit})
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    add_test(NAME ${T_NAME} COMMAND ${target} ${T_ARGS})
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false;${T_ENV}")
endfunction()
