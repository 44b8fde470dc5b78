/* test-xml.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tandem-file.h"
#include "tandem-notes-ops.h"
#include "tandem-test-utils.h"

static char *
sample_path (void)
{
  return g_build_filename (g_getenv ("TANDEM_SOURCE_ROOT"), "data", "samples", "orbit.tandem", NULL);
}

static TandemWorkspace *
read_string (const char  *xml,
             GError     **error)
{
  return tandem_xml_read (xml, strlen (xml), "test.tandem", error);
}

static char *
write_string (TandemWorkspace *ws)
{
  g_autoptr(GBytes) bytes = tandem_xml_write (ws);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static TandemWorkspace *
load_sample (char **contents)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GError) error = NULL;
  gsize length;
  TandemWorkspace *ws;

  g_assert_true (g_file_get_contents (path, contents, &length, &error));
  ws = tandem_xml_read (*contents, length, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ws);
  return ws;
}

/* How many lines differ between two texts of the same number of lines. */
static guint
count_changed_lines (const char *a,
                     const char *b)
{
  g_auto(GStrv) la = g_strsplit (a, "\n", -1);
  g_auto(GStrv) lb = g_strsplit (b, "\n", -1);
  guint changed = 0;

  g_assert_cmpuint (g_strv_length (la), ==, g_strv_length (lb));
  for (guint i = 0; la[i] != NULL; i++)
    changed += strcmp (la[i], lb[i]) != 0;
  return changed;
}

static void
test_sample_round_trip (void)
{
  g_autofree char *contents = NULL;
  g_autoptr(TandemWorkspace) ws = load_sample (&contents);
  g_autofree char *written = write_string (ws);
  GListModel *cards = G_LIST_MODEL (tandem_workspace_get_cards (ws));

  g_assert_cmpuint (g_list_model_get_n_items (cards), >=, 30);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_launches (ws))), >=, 6);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_interviews (ws))), >=, 8);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_snapshots (ws))), >=, 1);
  g_assert_false (tandem_workspace_get_dirty (ws));
  g_assert_cmpstr (written, ==, contents);
}

/* A custom highlight tag set is written, validates and reads back; a
 * workspace that returns to the default set writes the bytes it was read
 * from. */
static void
test_highlight_tags_round_trip (void)
{
  g_autofree char *contents = NULL;
  g_autoptr(TandemWorkspace) ws = load_sample (&contents);
  g_autoptr(TandemWorkspace) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *written_again = NULL;
  g_autofree char *undone = NULL;
  g_auto(GStrv) set = NULL;
  g_autofree char *joined = NULL;

  g_assert_null (strstr (contents, "<highlight-tags>"));
  g_assert_true (tandem_notes_ops_add_tag (ws, "onboarding", NULL));
  g_assert_true (tandem_notes_ops_rename_tag (ws, "pricing", "price", NULL));
  written = write_string (ws);
  tandem_test_assert_schema_valid (written);
  g_assert_nonnull (strstr (written, "<highlight-tags>"));
  g_assert_nonnull (strstr (written, "name=\"onboarding\""));
  g_assert_nonnull (strstr (written, "<tag>price</tag>"));

  again = read_string (written, &error);
  g_assert_no_error (error);
  set = tandem_notes_ops_list_tag_set (again);
  joined = g_strjoinv (" ", set);
  g_assert_cmpstr (joined, ==, "pain need quote competitor price praise onboarding");
  g_assert_cmpuint (tandem_notes_ops_count_tag_uses (again, "pricing"), ==, 0);
  g_assert_cmpuint (tandem_notes_ops_count_tag_uses (again, "price"), ==, 4);
  written_again = write_string (again);
  g_assert_cmpstr (written_again, ==, written);

  while (tandem_workspace_undo (ws))
    ;
  undone = write_string (ws);
  g_assert_cmpstr (undone, ==, contents);
}

static void
test_one_field_edit (void)
{
  g_autofree char *contents = NULL;
  g_autoptr(TandemWorkspace) ws = load_sample (&contents);
  g_autoptr(TandemObject) card = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_cards (ws)), 7);
  g_autofree char *after_status = NULL;
  g_autofree char *after_title = NULL;
  TandemCardStatus status = tandem_object_get_int (card, "status");

  /* No author is set, so the edits add no person to the file. */
  tandem_workspace_set (ws, card, "status",
                        status == TANDEM_CARD_STATUS_SHIPPED ? TANDEM_CARD_STATUS_DROPPED
                                                             : TANDEM_CARD_STATUS_SHIPPED, NULL);
  after_status = write_string (ws);
  g_assert_cmpuint (count_changed_lines (contents, after_status), ==, 1);

  tandem_workspace_set (ws, card, "title", "A different title", NULL);
  after_title = write_string (ws);
  g_assert_cmpuint (count_changed_lines (after_status, after_title), ==, 1);
  g_assert_nonnull (strstr (after_title, "title=\"A different title\""));
}

/* A workspace with every kind of object and every kind of field. */
static TandemWorkspace *
build_everything (void)
{
  TandemWorkspace *ws = tandem_workspace_new_untitled ();
  g_autoptr(TandemObject) column = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_columns (ws)), 1);
  TandemObject *person, *lane, *card, *launch, *interview, *snapshot;
  const char *tags[] = { "mobile", "sync & offline", NULL };

  tandem_workspace_set_author (ws, "Zoë Ångström", TANDEM_TEAM_MARKETING);
  tandem_workspace_set (ws, ws, "title", "Everything <&> \"quoted\"",
                        "description", "Line one\nLine two\twith a tab\r\nand a CR", NULL);
  person = tandem_workspace_create (ws, TANDEM_TYPE_PERSON, NULL, "name", "李小龍",
                                    "team", TANDEM_TEAM_PRODUCT, NULL);
  lane = tandem_workspace_create (ws, TANDEM_TYPE_LANE, NULL, "title", "Mobile", "rank", "a0", NULL);
  card = tandem_workspace_create (ws, TANDEM_TYPE_CARD, NULL,
                                  "title", "Offline sync 🚀", "status", TANDEM_CARD_STATUS_IN_PROGRESS,
                                  "column", tandem_object_get_id (column),
                                  "lane", tandem_object_get_id (lane), "rank", "a0V",
                                  "target", "2027-Q2", "pm", tandem_object_get_id (person),
                                  "reach", 1200, "impact", 0.25, "confidence", 80, "effort", 1.5,
                                  "description", "  leading and trailing spaces  ",
                                  "user-value", "Work on the train.",
                                  "marketing-angle", "نعمل بدون اتصال", "tags", tags, NULL);
  tandem_workspace_create (ws, TANDEM_TYPE_METRIC, card, "title", "Weekly offline users",
                           "target", "25%", "horizon", TANDEM_HORIZON_90_DAYS, NULL);
  launch = tandem_workspace_create (ws, TANDEM_TYPE_LAUNCH, NULL, "title", "3.0 launch",
                                    "date", "2027-03-01", "tier", 1,
                                    "status", TANDEM_LAUNCH_STATUS_CONFIRMED,
                                    "cards", (const char * const[]) { tandem_object_get_id (card), NULL },
                                    "channels", (const char * const[]) { "blog", "press", NULL },
                                    "notes", "Keynote slot.", NULL);
  tandem_workspace_create (ws, TANDEM_TYPE_TASK, launch, "title", "Messaging brief", "offset", -56,
                           "team", TANDEM_TEAM_MARKETING, "done", TRUE, NULL);
  interview = tandem_workspace_create (ws, TANDEM_TYPE_INTERVIEW, NULL, "customer", "Ana",
                                       "company", "Café Central", "date", "2026-10-02",
                                       "reference-customer", TRUE,
                                       "interviewers", (const char * const[]) { tandem_object_get_id (person), NULL },
                                       "notes", "We lose work offline.\n\nIt hurts.", NULL);
  tandem_workspace_create (ws, TANDEM_TYPE_HIGHLIGHT, interview, "start", 3, "end", 20,
                           "quote", "lose work offline", "weight", 3,
                           "card", tandem_object_get_id (card), NULL);
  snapshot = tandem_workspace_create (ws, TANDEM_TYPE_SNAPSHOT, NULL, "name", "Q4 baseline", NULL);
  tandem_workspace_create (ws, TANDEM_TYPE_SNAPSHOT_ENTRY, snapshot, "card", tandem_object_get_id (card),
                           "title", "Offline sync", "status", TANDEM_CARD_STATUS_PLANNED,
                           "column", tandem_object_get_id (column), "column-title", "Next",
                           "rank", "a0", "target", "2027-Q1", "score", 320.0, NULL);
  return ws;
}

static void
test_everything_round_trip (void)
{
  g_autoptr(TandemWorkspace) ws = build_everything ();
  g_autofree char *first = write_string (ws);
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemWorkspace) again = read_string (first, &error);
  g_autofree char *second = NULL;
  TandemObject *card;

  g_assert_no_error (error);
  second = write_string (again);
  g_assert_cmpstr (first, ==, second);

  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (again), "description"), ==,
                   "Line one\nLine two\twith a tab\r\nand a CR");
  card = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_cards (again)), 0);
  g_object_unref (card);
  g_assert_cmpstr (tandem_object_get_string (card, "description"), ==, "  leading and trailing spaces  ");
  g_assert_cmpstr (tandem_object_get_list (card, "tags")[1], ==, "sync & offline");
  g_assert_cmpfloat (tandem_object_get_double (card, "impact"), ==, 0.25);
  g_assert_cmpstr (tandem_object_get_string (card, "title"), ==, "Offline sync 🚀");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_object_get_children (card))), ==, 1);
  g_assert_false (tandem_workspace_get_dirty (again));

  tandem_test_assert_schema_valid (first);
}

static void
test_sample_validates (void)
{
  g_autofree char *contents = NULL;
  g_autoptr(TandemWorkspace) ws = load_sample (&contents);
  g_autoptr(TandemObject) card = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_cards (ws)), 0);
  g_autofree char *written = NULL;

  tandem_workspace_set_author (ws, "Someone New", TANDEM_TEAM_OTHER);
  tandem_workspace_set (ws, card, "target", "2028-Q1", NULL);
  written = write_string (ws);
  tandem_test_assert_schema_valid (written);
}

static const char unknown_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<workspace xmlns=\"https://tandemplanner.github.io/ns/workspace\" xmlns:x=\"urn:ext\" "
  "version=\"1.4\" id=\"w-1\" title=\"T\" x:flag=\"yes\" colour=\"teal\">\n"
  "  <budget currency=\"EUR\">1200</budget>\n"
  "  <columns>\n"
  "    <column id=\"c-1\" title=\"Now\" rank=\"a0\"/>\n"
  "    <x:divider at=\"a0V\"/>\n"
  "  </columns>\n"
  "  <cards>\n"
  "    <card id=\"k-1\" title=\"A\" column=\"c-1\" rank=\"a0\" x:votes=\"4\">\n"
  "      <x:future a=\"1\"><x:deep>text &amp; more</x:deep><!-- kept --></x:future>\n"
  "      <risk level=\"high\"><why>Unknown <em>mixed</em> content</why></risk>\n"
  "    </card>\n"
  "  </cards>\n"
  "</workspace>\n";

static void
test_unknown_kept (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemWorkspace) ws = read_string (unknown_xml, &error);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(TandemWorkspace) again = NULL;
  const char *expected[] = {
    "x:flag=\"yes\"", "colour=\"teal\"", "<budget currency=\"EUR\">1200</budget>",
    "<x:divider xmlns:x=\"urn:ext\" at=\"a0V\"/>", "x:votes=\"4\"",
    "<x:future xmlns:x=\"urn:ext\" a=\"1\"><x:deep>text &amp; more</x:deep><!-- kept --></x:future>",
    "<risk level=\"high\"><why>Unknown <em>mixed</em> content</why></risk>",
  };

  g_assert_no_error (error);
  first = write_string (ws);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (first, expected[i]) == NULL)
      g_error ("“%s” was lost:\n%s", expected[i], first);

  again = read_string (first, &error);
  g_assert_no_error (error);
  second = write_string (again);
  g_assert_cmpstr (first, ==, second);
  tandem_test_assert_schema_valid (first);
}

typedef struct
{
  const char *file;
  int         code;
  int         line;   /* 0: any line */
  const char *says;   /* what the message must say, or NULL */
} Hostile;

static const Hostile hostile[] = {
  { "bad-enum-in-child.tandem", TANDEM_FORMAT_ERROR_INVALID, 8, "metric: “horizon” must be one of" },
  { "bad-enum.tandem", TANDEM_FORMAT_ERROR_INVALID, 7 },
  { "bad-rank.tandem", TANDEM_FORMAT_ERROR_INVALID, 4 },
  { "bad-timestamp.tandem", TANDEM_FORMAT_ERROR_INVALID, 4 },
  { "billion-laughs.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 0 },
  { "binary.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 1 },
  { "boolean-yes.tandem", TANDEM_FORMAT_ERROR_INVALID, 5 },
  { "control-character.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 4 },
  { "dangling-reference.tandem", TANDEM_FORMAT_ERROR_INVALID, 7 },
  { "deep-nesting.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 4 },
  { "duplicate-attribute.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 7 },
  { "duplicate-ids.tandem", TANDEM_FORMAT_ERROR_INVALID, 7 },
  { "element-in-text.tandem", TANDEM_FORMAT_ERROR_INVALID, 3 },
  { "empty-id.tandem", TANDEM_FORMAT_ERROR_INVALID, 7 },
  { "empty.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 1 },
  /* Found by fuzz-xml-roundtrip: version="" logged a critical. */
  { "empty-version.tandem", TANDEM_FORMAT_ERROR_INVALID, 2 },
  /* Found by fuzz-xml-read: an error inside an entity's replacement text
   * was reported at the entity's line 13 of a 3-line file. */
  { "entity-error-position.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 2 },
  /* Found by fuzz-xml-roundtrip: an entity bomb in an attribute value was
   * expanded (over a second under ASan) before the DOCTYPE was refused. */
  { "entity-bomb-in-attribute.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 2 },
  { "external-dtd.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 2 },
  { "external-entity.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 0 },
  { "future-version.tandem", TANDEM_FORMAT_ERROR_NEWER_VERSION, 2 },
  { "hex-number.tandem", TANDEM_FORMAT_ERROR_INVALID, 7 },
  { "huge-attribute.tandem", TANDEM_FORMAT_ERROR_INVALID, 7, "longer than 1048576 bytes" },
  { "id-with-spaces.tandem", TANDEM_FORMAT_ERROR_INVALID, 7, "must be an id" },
  { "impossible-date.tandem", TANDEM_FORMAT_ERROR_INVALID, 7 },
  { "infinity.tandem", TANDEM_FORMAT_ERROR_INVALID, 7, "“effort” must be a number" },
  { "invalid-utf8.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 2 },
  { "latin1-declared.tandem", TANDEM_FORMAT_ERROR_INVALID, 1, "“ISO-8859-1”; workspaces are UTF-8" },
  { "long-element-name.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 3 },
  { "malformed.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 8 },
  { "missing-id.tandem", TANDEM_FORMAT_ERROR_INVALID, 4 },
  { "missing-required.tandem", TANDEM_FORMAT_ERROR_INVALID, 7 },
  { "missing-version.tandem", TANDEM_FORMAT_ERROR_INVALID, 2 },
  { "nan.tandem", TANDEM_FORMAT_ERROR_INVALID, 7, "“impact” must be a number" },
  { "negative-number.tandem", TANDEM_FORMAT_ERROR_INVALID, 7, "“reach” must be from 0" },
  { "not-xml.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 1 },
  { "nul-character-reference.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 3 },
  { "one-byte.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 1, "ends too early" },
  { "out-of-range.tandem", TANDEM_FORMAT_ERROR_INVALID, 4 },
  { "overflowing-number.tandem", TANDEM_FORMAT_ERROR_INVALID, 7, "“reach” must be a whole number" },
  { "overlong-utf8.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 7 },
  { "padded-number.tandem", TANDEM_FORMAT_ERROR_INVALID, 7 },
  { "parameter-entity.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 0 },
  { "quadratic-blowup.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 2 },
  { "second-root.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 5 },
  /* Found by fuzzing: text split by a processing instruction, then an
   * element inside it (the first piece of text leaked). */
  { "split-text-comment.tandem", TANDEM_FORMAT_ERROR_INVALID, 4 },
  { "text-in-container.tandem", TANDEM_FORMAT_ERROR_INVALID, 0 },
  { "truncated-half.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 332 },
  { "truncated.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 0, "ends too early" },
  { "undeclared-prefix.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 3 },
  { "undefined-entity.tandem", TANDEM_FORMAT_ERROR_MALFORMED, 3 },
  { "utf16-bom.tandem", TANDEM_FORMAT_ERROR_INVALID, 1, "UTF-16; workspaces are UTF-8" },
  { "utf16-no-bom.tandem", TANDEM_FORMAT_ERROR_INVALID, 1, "UTF-16; workspaces are UTF-8" },
  { "utf16.tandem", TANDEM_FORMAT_ERROR_INVALID, 1, "UTF-16; workspaces are UTF-8" },
  { "utf32-bom.tandem", TANDEM_FORMAT_ERROR_INVALID, 1, "UTF-32; workspaces are UTF-8" },
  { "wrong-kind-reference.tandem", TANDEM_FORMAT_ERROR_INVALID, 7 },
  { "wrong-namespace.tandem", TANDEM_FORMAT_ERROR_NOT_A_WORKSPACE, 2 },
  { "wrong-root.tandem", TANDEM_FORMAT_ERROR_NOT_A_WORKSPACE, 2 },
};

/* The message reads “name:line:column: what”; returns the line. */
static int
assert_located (const GError *error,
                const char   *name)
{
  g_autofree char *prefix = g_strconcat (name, ":", NULL);
  const char *rest;
  char *end;
  long line, column;

  if (!g_str_has_prefix (error->message, prefix))
    g_error ("“%s” does not start with “%s”", error->message, prefix);
  rest = error->message + strlen (prefix);
  line = strtol (rest, &end, 10);
  g_assert_cmpint (line, >=, 1);
  g_assert_cmpint (*end, ==, ':');
  column = strtol (end + 1, &end, 10);
  g_assert_cmpint (column, >=, 1);
  g_assert_true (g_str_has_prefix (end, ": "));
  g_assert_cmpuint (strlen (end + 2), >, 5);
  return (int) line;
}

static void
test_hostile (void)
{
  g_autoptr(GDir) dir = NULL;
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "hostile", NULL);
  guint n_files = 0;

  dir = g_dir_open (folder, 0, NULL);
  g_assert_nonnull (dir);
  for (const char *name; (name = g_dir_read_name (dir)) != NULL; )
    n_files++;
  /* Every file in the corpus is listed here with what it must give. */
  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (hostile));

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *path = g_build_filename (folder, hostile[i].file, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(TandemWorkspace) ws = NULL;
      gsize length;
      int line;

      g_test_message ("%s", hostile[i].file);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      ws = tandem_xml_read (contents, length, hostile[i].file, &error);
      g_assert_null (ws);
      g_assert_error (error, TANDEM_FORMAT_ERROR, hostile[i].code);
      line = assert_located (error, hostile[i].file);
      if (hostile[i].line != 0)
        g_assert_cmpint (line, ==, hostile[i].line);
      if (hostile[i].says != NULL && strstr (error->message, hostile[i].says) == NULL)
        g_error ("“%s” does not say “%s”", error->message, hostile[i].says);
      /* Nothing from outside was ever read in. */
      g_assert_null (strstr (error->message, "root:"));
    }
}

static void
assert_refused (const char *xml,
                gsize       length,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemWorkspace) ws = tandem_xml_read (xml, length, "generated.tandem", &error);

  g_assert_null (ws);
  g_assert_error (error, TANDEM_FORMAT_ERROR, code);
  assert_located (error, "generated.tandem");
}

static void
test_huge_text (void)
{
  const gsize size = 11 * 1024 * 1024;
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<workspace xmlns=\""
                                         TANDEM_NAMESPACE "\" version=\"1\" id=\"w-1\" title=\"T\">\n"
                                         "<description>");

  for (gsize i = 0; i < size; i += 64)
    g_string_append (xml, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
  g_string_append (xml, "</description>\n</workspace>\n");
  assert_refused (xml->str, xml->len, TANDEM_FORMAT_ERROR_MALFORMED);
}

static void
test_very_deep_nesting (void)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<workspace xmlns=\""
                                         TANDEM_NAMESPACE "\" version=\"1\" id=\"w-1\" title=\"T\">\n");

  for (guint i = 0; i < 100000; i++)
    g_string_append (xml, "<a>");
  for (guint i = 0; i < 100000; i++)
    g_string_append (xml, "</a>");
  g_string_append (xml, "</workspace>\n");
  assert_refused (xml->str, xml->len, TANDEM_FORMAT_ERROR_MALFORMED);
}

/* An XInclude is kept as an unknown element, never followed. */
static void
test_xinclude_not_followed (void)
{
  const char *xml =
    "<?xml version=\"1.0\"?>\n<workspace xmlns=\"" TANDEM_NAMESPACE "\" "
    "xmlns:xi=\"http://www.w3.org/2001/XInclude\" version=\"1\" id=\"w-1\" title=\"T\">\n"
    "  <xi:include href=\"/etc/passwd\" parse=\"text\"/>\n</workspace>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemWorkspace) ws = read_string (xml, &error);
  g_autofree char *written = NULL;

  g_assert_no_error (error);
  written = write_string (ws);
  g_assert_nonnull (strstr (written, "<xi:include"));
  g_assert_null (strstr (written, "root:"));
}

static void
test_versions (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemWorkspace) minor = read_string (
    "<workspace xmlns=\"" TANDEM_NAMESPACE "\" version=\"1.9\" id=\"w-1\" title=\"T\"/>", &error);

  g_assert_no_error (error);
  g_assert_nonnull (minor);
  assert_refused ("<workspace xmlns=\"" TANDEM_NAMESPACE "\" version=\"10\" id=\"w-1\" title=\"T\"/>",
                  strlen ("<workspace xmlns=\"" TANDEM_NAMESPACE "\" version=\"10\" id=\"w-1\" title=\"T\"/>"),
                  TANDEM_FORMAT_ERROR_NEWER_VERSION);
  assert_refused ("<workspace xmlns=\"" TANDEM_NAMESPACE "\" version=\"one\" id=\"w-1\" title=\"T\"/>",
                  strlen ("<workspace xmlns=\"" TANDEM_NAMESPACE "\" version=\"one\" id=\"w-1\" title=\"T\"/>"),
                  TANDEM_FORMAT_ERROR_INVALID);
}

/* Inputs the writer never produces, that must not be taken half-way. */
static void
test_refused_values (void)
{
  const char *cases[] = {
    /* An attribute on a text element could not be written back. */
    "<description lang=\"en\">x</description>",
    "<description>x</description><description>y</description>",
    "<columns><column id=\"c-1\" title=\"N\" rank=\"a0\" created-by=\"Maria L\"/></columns>",
    "<columns><column id=\"c-1\" title=\"N\" rank=\"a0\"/></columns><cards><card id=\"k-1\" "
    "title=\"A\" column=\"c-1\" rank=\"a0\" impact=\"0x10\"/></cards>",
    "<columns><column id=\"c-1\" title=\"N\" rank=\"a0\"/></columns><cards><card id=\"k-1\" "
    "title=\"A\" column=\"c-1\" rank=\"a0\" effort=\"nan\"/></cards>",
    "<snapshots><snapshot id=\"s-1\" name=\"S\"><entry id=\"e-1\" card=\"card one\" "
    "title=\"A\"/></snapshot></snapshots>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *xml = g_strconcat ("<workspace xmlns=\"" TANDEM_NAMESPACE "\" version=\"1\" "
                                          "id=\"w-1\" title=\"T\">", cases[i], "</workspace>", NULL);

      g_test_message ("%s", cases[i]);
      assert_refused (xml, strlen (xml), TANDEM_FORMAT_ERROR_INVALID);
    }
}

static void
assert_reads (const char *xml,
              gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemWorkspace) ws = tandem_xml_read (xml, length, "generated.tandem", &error);

  g_assert_no_error (error);
  g_assert_nonnull (ws);
}

#define ROOT "<workspace xmlns=\"" TANDEM_NAMESPACE "\" version=\"1\" id=\"w-1\" title=\"T\"/>\n"

/* Workspaces are UTF-8: every spelling of that is read, anything else refused. */
static void
test_encodings (void)
{
  const char *accepted[] = {
    ROOT,
    "<?xml version=\"1.0\"?>\n" ROOT,
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" ROOT,
    "<?xml version='1.0' encoding='UTF8' standalone='yes'?>\n" ROOT,
    "<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n" ROOT,
    "\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" ROOT,
  };
  const char *refused[] = {
    "<?xml version='1.0' encoding='windows-1252'?>\n" ROOT,
    "<?xml version=\"1.0\" encoding = \"UTF-16\"?>\n" ROOT,
  };
  g_autofree gunichar2 *utf16 = NULL;
  g_autoptr(GError) error = NULL;
  glong n_units;

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    assert_reads (accepted[i], strlen (accepted[i]));
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    assert_refused (refused[i], strlen (refused[i]), TANDEM_FORMAT_ERROR_INVALID);

  /* UTF-16 in this machine's byte order, without a byte order mark. */
  utf16 = g_utf8_to_utf16 (ROOT, -1, NULL, &n_units, &error);
  g_assert_no_error (error);
  assert_refused ((const char *) utf16, n_units * sizeof (gunichar2), TANDEM_FORMAT_ERROR_INVALID);
}

/* Short values are attributes: the model refuses one the reader would refuse,
 * and the longest allowed one reads back. */
static void
test_long_values (void)
{
  g_autoptr(TandemWorkspace) ws = tandem_workspace_new_untitled ();
  g_autoptr(TandemWorkspace) again = NULL;
  g_autoptr(GString) xml = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *longest = g_strnfill (TANDEM_FIELD_MAX_SHORT_LENGTH, 'x');
  g_autofree char *too_long = g_strnfill (TANDEM_FIELD_MAX_SHORT_LENGTH + 1, 'x');
  g_autofree char *written = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, too_long);
  g_assert_false (tandem_workspace_set_value (ws, ws, "title", &value, &error));
  g_assert_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_true (tandem_workspace_set (ws, ws, "title", longest, NULL));
  written = write_string (ws);
  again = read_string (written, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (again), "title"), ==, longest);

  /* An unknown element is not a way around the limit. */
  xml = g_string_new ("<workspace xmlns=\"" TANDEM_NAMESPACE "\" version=\"1\" id=\"w-1\" "
                      "title=\"T\">\n  <future note=\"");
  g_string_append (xml, too_long);
  g_string_append (xml, "\"/>\n</workspace>\n");
  assert_refused (xml->str, xml->len, TANDEM_FORMAT_ERROR_INVALID);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/formats/xml/sample-round-trip", test_sample_round_trip);
  g_test_add_func ("/formats/xml/one-field-edit", test_one_field_edit);
  g_test_add_func ("/formats/xml/highlight-tags-round-trip", test_highlight_tags_round_trip);
  g_test_add_func ("/formats/xml/everything-round-trip", test_everything_round_trip);
  g_test_add_func ("/formats/xml/sample-validates", test_sample_validates);
  g_test_add_func ("/formats/xml/unknown-kept", test_unknown_kept);
  g_test_add_func ("/formats/xml/hostile", test_hostile);
  g_test_add_func ("/formats/xml/huge-text", test_huge_text);
  g_test_add_func ("/formats/xml/very-deep-nesting", test_very_deep_nesting);
  g_test_add_func ("/formats/xml/xinclude-not-followed", test_xinclude_not_followed);
  g_test_add_func ("/formats/xml/versions", test_versions);
  g_test_add_func ("/formats/xml/refused-values", test_refused_values);
  g_test_add_func ("/formats/xml/encodings", test_encodings);
  g_test_add_func ("/formats/xml/long-values", test_long_values);

  return g_test_run ();
}
