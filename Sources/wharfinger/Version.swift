/// Wharfinger's version, written here only: `wharfinger --version` prints it, and
/// scripts/test-install.sh checks that the installed binary prints this string.
/// Semantic versioning before 1.0: the minor number grows when the command line or an output
/// format changes incompatibly or gains a feature, the patch number for fixes.
let wharfingerVersion = "0.1.0"
