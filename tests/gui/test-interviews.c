/* test-interviews.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tandem-file.h"
#include "tandem-gui.h"
#include "tandem-interviews.h"
#include "tandem-window-private.h"

#include "gui-test-utils.h"

/* The Interviews page under Xvfb, on the Orbit sample: highlight words, link
 * them to a card through the picker, type before a highlight, search without
 * accents, filter, import, add and delete. */

#define OSKAR           "i-8nra2ek9g7wy"
#define POLLING         "h-j2pnzb643b1y"   /* [151, 217) of Oskar's notes */
#define CALDAV          "k-g11591mzf899"   /* "Two-way CalDAV sync" */

static AdwApplication *application;
static char *tmpdir;

/* What the X server shows, for a person to look at. */
static void
screenshot_root (GtkWidget  *widget,
                 const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  g_autofree char *command = g_strdup_printf ("import -window root %s", path);
  int status = 0;

  gui_test_wait_for_frames (widget, 1);
  gui_test_iterate (200);
  if (g_find_program_in_path ("import") == NULL)
    return;
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, NULL));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_test_message ("screenshot: %s", path);
}

typedef struct
{
  TandemWindow     *window;
  TandemInterviews *interviews;
  TandemWorkspace  *workspace;
} Fixture;

static void
fixture_init (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("TANDEM_SOURCE_ROOT"), "data", "samples",
                                            "orbit.tandem", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  f->workspace = tandem_file_load (file, NULL, &error);
  g_assert_no_error (error);
  f->window = tandem_window_new (GTK_APPLICATION (application));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  _tandem_window_set_workspace (f->window, f->workspace, NULL);
  f->interviews = f->window->interviews;
  g_assert_true (tandem_interviews_get_workspace (f->interviews) == f->workspace);
  adw_view_stack_set_visible_child_name (f->window->view_stack, "interviews");
  gtk_window_present (GTK_WINDOW (f->window));
  gui_test_wait_for_frames (GTK_WIDGET (f->interviews), 1);
  WAIT_FOR (_tandem_interviews_is_index_ready (f->interviews));
}

static void
fixture_clear (Fixture       *f,
               gconstpointer  data)
{
  tandem_workspace_mark_saved (f->workspace, tandem_workspace_get_revision (f->workspace));
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->workspace);
  gui_test_iterate (50);
}

static TandemObject *
lookup (Fixture    *f,
        const char *id)
{
  TandemObject *object = tandem_workspace_lookup (f->workspace, id);

  g_assert_nonnull (object);
  return object;
}

static GtkTextBuffer *
buffer_of (Fixture *f)
{
  return gtk_text_view_get_buffer (_tandem_interviews_get_text_view (f->interviews));
}

static char *
buffer_text (Fixture *f)
{
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer_of (f), &start, &end);
  return gtk_text_buffer_get_text (buffer_of (f), &start, &end, TRUE);
}

/* Selects the first occurrence of @words in the editor. */
static void
select_words (Fixture    *f,
              const char *words,
              int        *start_out,
              int        *end_out)
{
  g_autofree char *text = buffer_text (f);
  const char *hit = strstr (text, words);
  GtkTextIter start;
  GtkTextIter end;

  g_assert_nonnull (hit);
  *start_out = g_utf8_pointer_to_offset (text, hit);
  *end_out = *start_out + g_utf8_strlen (words, -1);
  gtk_text_buffer_get_iter_at_offset (buffer_of (f), &start, *start_out);
  gtk_text_buffer_get_iter_at_offset (buffer_of (f), &end, *end_out);
  gtk_text_buffer_select_range (buffer_of (f), &start, &end);
}

static gboolean
has_tag_at (Fixture    *f,
            int         offset,
            const char *prefix)
{
  GtkTextIter iter;
  g_autoptr(GSList) tags = NULL;

  gtk_text_buffer_get_iter_at_offset (buffer_of (f), &iter, offset);
  tags = gtk_text_iter_get_tags (&iter);
  for (GSList *l = tags; l != NULL; l = l->next)
    {
      g_autofree char *name = NULL;

      g_object_get (l->data, "name", &name, NULL);
      if (name != NULL && g_str_has_prefix (name, prefix))
        return TRUE;
    }
  return FALSE;
}

static guint
n_rows (GtkListBox *box)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/* The highlight's row beside the editor. */
static GtkWidget *
row_of (Fixture      *f,
        TandemObject *highlight)
{
  GtkListBox *box = _tandem_interviews_get_highlights_box (f->interviews);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (box)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *content = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      if (g_strcmp0 (g_object_get_data (G_OBJECT (content), "highlight-id"),
                     tandem_object_get_id (highlight)) == 0)
        return content;
    }
  return NULL;
}

static GtkWidget *
find_child_of_type (GtkWidget *widget,
                    GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static TandemObject *
newest_highlight (TandemObject *interview,
                  guint         n_before)
{
  GListModel *children = G_LIST_MODEL (tandem_object_get_children (interview));

  g_assert_cmpuint (g_list_model_get_n_items (children), ==, n_before + 1);
  return g_list_model_get_item (children, n_before);
}

static void
test_highlight_and_link (Fixture       *f,
                         gconstpointer  data)
{
  TandemObject *oskar = lookup (f, OSKAR);
  GListModel *children = G_LIST_MODEL (tandem_object_get_children (oskar));
  guint n_before = g_list_model_get_n_items (children);
  g_autoptr(TandemObject) highlight = NULL;
  GtkWidget *row;
  GtkWidget *menu_button;
  GtkPopover *picker;
  GtkWidget *search;
  GtkWidget *list;
  guint evidence_before = 0;
  guint evidence_after = 0;
  guint weight = 0;
  int start;
  int end;

  tandem_notes_ops_get_evidence (f->workspace, CALDAV, &evidence_before, NULL);
  tandem_interviews_select (f->interviews, oskar);
  g_assert_true (tandem_interviews_get_selected (f->interviews) == oskar);
  g_assert_cmpuint (n_rows (_tandem_interviews_get_highlights_box (f->interviews)), ==, n_before);

  /* Select words, Highlight. */
  select_words (f, "signed webhooks with retries", &start, &end);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->interviews), "interviews.highlight", NULL));
  highlight = newest_highlight (oskar, n_before);
  g_assert_cmpint (tandem_object_get_int (highlight, "start"), ==, start);
  g_assert_cmpint (tandem_object_get_int (highlight, "end"), ==, end);
  g_assert_cmpstr (tandem_object_get_string (highlight, "quote"), ==, "signed webhooks with retries");
  WAIT_FOR (row_of (f, highlight) != NULL);
  g_assert_true (has_tag_at (f, start + 3, "highlight-"));
  g_assert_false (has_tag_at (f, start - 2, "highlight-"));

  /* Tag it, weigh it. */
  g_assert_true (gtk_widget_activate_action (row_of (f, highlight), "interviews.toggle-tag", "(ss)",
                                             tandem_object_get_id (highlight), "need"));
  g_assert_true (gtk_widget_activate_action (row_of (f, highlight), "interviews.set-weight", "(si)",
                                             tandem_object_get_id (highlight), 3));
  g_assert_true (g_strv_contains (tandem_object_get_list (highlight, "tags"), "need"));
  g_assert_cmpint (tandem_object_get_int (highlight, "weight"), ==, 3);

  /* Link it to a card with the searchable picker. */
  WAIT_FOR ((row = row_of (f, highlight)) != NULL);
  gui_test_iterate (50);
  row = row_of (f, highlight);
  menu_button = find_child_of_type (row, GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (menu_button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  picker = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));
  search = find_child_of_type (GTK_WIDGET (picker), GTK_TYPE_SEARCH_ENTRY);
  list = find_child_of_type (GTK_WIDGET (picker), GTK_TYPE_LIST_VIEW);
  gtk_editable_set_text (GTK_EDITABLE (search), "caldav");
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)))) == 1);
  g_signal_emit_by_name (list, "activate", 0);
  g_assert_cmpstr (tandem_object_get_string (highlight, "card"), ==, CALDAV);

  /* The card's evidence goes up by one interview, weight 3 more. */
  tandem_notes_ops_get_evidence (f->workspace, CALDAV, &evidence_after, &weight);
  g_assert_cmpuint (evidence_after, ==, evidence_before + 1);
  g_assert_cmpuint (weight, >=, 3);
  WAIT_FOR (row_of (f, highlight) != NULL &&
            strstr (gtk_label_get_label (GTK_LABEL (find_child_of_type (find_child_of_type (row_of (f, highlight),
                                                                                               GTK_TYPE_MENU_BUTTON),
                                                                           GTK_TYPE_LABEL))),
                    "Two-way CalDAV sync · ") != NULL);

  screenshot_root (GTK_WIDGET (f->window), "interviews-highlight.png");

  /* One undo unlinks; the evidence goes back down. */
  g_assert_true (tandem_workspace_undo (f->workspace));
  tandem_notes_ops_get_evidence (f->workspace, CALDAV, &evidence_after, NULL);
  g_assert_cmpuint (evidence_after, ==, evidence_before);
}

static void
test_type_before_highlight (Fixture       *f,
                            gconstpointer  data)
{
  TandemObject *oskar = lookup (f, OSKAR);
  TandemObject *polling = lookup (f, POLLING);
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  g_autofree char *text = NULL;

  tandem_interviews_select (f->interviews, oskar);
  buffer = buffer_of (f);
  g_assert_true (has_tag_at (f, 151, "highlight-"));

  /* Type at the very start, as the keyboard does, word by word. */
  gtk_text_buffer_get_start_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  for (const char *p = "Call: "; *p != '\0'; p++)
    g_assert_true (gtk_text_buffer_insert_interactive_at_cursor (buffer, p, 1, TRUE));

  g_assert_true (g_str_has_prefix (tandem_object_get_string (oskar, "notes"), "Call: Fjordline"));
  g_assert_cmpint (tandem_object_get_int (polling, "start"), ==, 157);
  g_assert_cmpint (tandem_object_get_int (polling, "end"), ==, 223);
  g_assert_true (tandem_notes_ops_is_anchored (TANDEM_HIGHLIGHT (polling), tandem_object_get_string (oskar, "notes")));
  gui_test_iterate (50);
  g_assert_true (has_tag_at (f, 157, "highlight-"));
  g_assert_false (has_tag_at (f, 155, "highlight-"));

  /* Delete inside it with the keyboard's path. */
  {
    GtkTextIter a;
    GtkTextIter b;

    gtk_text_buffer_get_iter_at_offset (buffer, &a, 160);
    gtk_text_buffer_get_iter_at_offset (buffer, &b, 161);
    g_assert_true (gtk_text_buffer_delete_interactive (buffer, &a, &b, TRUE));
  }
  g_assert_cmpint (tandem_object_get_int (polling, "end"), ==, 222);

  /* Undo the deletion, then the word "Call:" as a whole, then the space. */
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_cmpint (tandem_object_get_int (polling, "end"), ==, 223);
  while (tandem_object_get_int (polling, "start") != 151 && tandem_workspace_undo (f->workspace))
    ;
  text = buffer_text (f);
  g_assert_cmpstr (text, ==, tandem_object_get_string (oskar, "notes"));
  g_assert_true (g_str_has_prefix (text, "Fjordline"));
  g_assert_cmpint (tandem_object_get_int (polling, "start"), ==, 151);
  g_assert_true (has_tag_at (f, 151, "highlight-"));
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  GtkEditable *entry = _tandem_interviews_get_search_entry (f->interviews);
  TandemObject *zoe;
  guint n_searches;
  const char *snippet;
  g_autofree char *text = NULL;
  const char *hit;

  zoe = tandem_workspace_create (f->workspace, TANDEM_TYPE_INTERVIEW, NULL,
                                 "customer", "Zoë Dubois", "company", "Café Lumière", "segment", "smb",
                                 "notes", "We book tables for the café terrace by phone.\nPricing per seat hurts.",
                                 NULL);

  /* Let the search of the empty entry the page starts with go by. */
  gui_test_iterate (100);
  n_searches = _tandem_interviews_get_n_searches (f->interviews);
  gtk_editable_set_text (entry, "cafe");
  WAIT_FOR (_tandem_interviews_get_n_searches (f->interviews) > n_searches &&
            _tandem_interviews_get_n_shown (f->interviews) < 9);
  g_assert_cmpuint (_tandem_interviews_get_n_shown (f->interviews), ==, 1);
  snippet = _tandem_interviews_get_snippet (f->interviews, zoe);
  g_assert_nonnull (snippet);
  g_assert_nonnull (strstr (snippet, "café terrace"));

  /* Two words must both match, accents either way. */
  n_searches = _tandem_interviews_get_n_searches (f->interviews);
  gtk_editable_set_text (entry, "CAFÉ pricing");
  /* Replacing the text clears it first: wait for the search of the words. */
  WAIT_FOR (_tandem_interviews_get_n_searches (f->interviews) > n_searches + 1 ||
            _tandem_interviews_get_n_shown (f->interviews) == 1);
  WAIT_FOR (_tandem_interviews_get_n_shown (f->interviews) == 1);
  g_assert_nonnull (_tandem_interviews_get_snippet (f->interviews, zoe));
  g_assert_null (_tandem_interviews_get_snippet (f->interviews, lookup (f, "i-8nra2ek9g7wy")));

  /* The editor marks the matches. */
  tandem_interviews_select (f->interviews, zoe);
  text = buffer_text (f);
  hit = strstr (text, "café");
  g_assert_nonnull (hit);
  g_assert_true (has_tag_at (f, g_utf8_pointer_to_offset (text, hit) + 1, "search-match"));
  g_assert_false (has_tag_at (f, 0, "search-match"));

  screenshot_root (GTK_WIDGET (f->window), "interviews-search.png");

  n_searches = _tandem_interviews_get_n_searches (f->interviews);
  gtk_editable_set_text (entry, "");
  WAIT_FOR (_tandem_interviews_get_n_searches (f->interviews) > n_searches);
  g_assert_cmpuint (_tandem_interviews_get_n_shown (f->interviews), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_interviews (f->workspace))));
}

static void
test_add_delete_import (Fixture       *f,
                        gconstpointer  data)
{
  GListModel *interviews = G_LIST_MODEL (tandem_workspace_get_interviews (f->workspace));
  guint n = g_list_model_get_n_items (interviews);
  g_autofree char *md = g_build_filename (tmpdir, "acme.md", NULL);
  g_autofree char *txt = g_build_filename (tmpdir, "Bob at Initech.txt", NULL);
  g_autoptr(GFile) md_file = g_file_new_for_path (md);
  g_autoptr(GFile) txt_file = g_file_new_for_path (txt);
  GFile *files[] = { md_file, txt_file };
  TandemObject *selected;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->interviews), "interviews.add", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (interviews), ==, n + 1);
  selected = tandem_interviews_get_selected (f->interviews);
  g_assert_nonnull (selected);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->interviews), "interviews.delete", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (interviews), ==, n);
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_cmpuint (g_list_model_get_n_items (interviews), ==, n + 1);
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_cmpuint (g_list_model_get_n_items (interviews), ==, n);

  g_assert_true (g_file_set_contents (md, "\n# Acme kickoff call\r\n\r\nThey want \x01webhooks.\n", -1, NULL));
  g_assert_true (g_file_set_contents (txt, "Plain notes, no heading.\n", -1, NULL));
  tandem_interviews_import_files (f->interviews, files, 2);
  WAIT_FOR (_tandem_interviews_get_n_imports (f->interviews) == 1);
  g_assert_cmpuint (g_list_model_get_n_items (interviews), ==, n + 2);
  selected = tandem_interviews_get_selected (f->interviews);
  g_assert_nonnull (selected);
  for (guint i = n; i < n + 2; i++)
    {
      g_autoptr(TandemObject) imported = g_list_model_get_item (interviews, i);
      const char *customer = tandem_object_get_string (imported, "customer");

      if (g_str_equal (customer, "Acme kickoff call"))
        g_assert_cmpstr (tandem_object_get_string (imported, "notes"), ==, "They want webhooks.\n");
      else
        {
          g_assert_cmpstr (customer, ==, "Bob at Initech");
          g_assert_cmpstr (tandem_object_get_string (imported, "notes"), ==, "Plain notes, no heading.\n");
        }
    }
  /* One undo takes the whole import back. */
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_cmpuint (g_list_model_get_n_items (interviews), ==, n);
  g_unlink (md);
  g_unlink (txt);
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  GListModel *interviews = G_LIST_MODEL (tandem_workspace_get_interviews (f->workspace));
  guint all = g_list_model_get_n_items (interviews);
  GtkDropDown *team = GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (f->interviews),
                                                                    TANDEM_TYPE_INTERVIEWS, "team_dropdown"));
  GtkEditable *from = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (f->interviews),
                                                                   TANDEM_TYPE_INTERVIEWS, "from_entry"));
  guint expected = 0;

  g_assert_cmpuint (_tandem_interviews_get_n_shown (f->interviews), ==, all);
  for (guint i = 0; i < all; i++)
    {
      g_autoptr(TandemObject) interview = g_list_model_get_item (interviews, i);
      const char *date = tandem_object_get_string (interview, "date");

      if (date != NULL && strcmp (date, "2026-11") >= 0)
        expected++;
    }
  gtk_editable_set_text (from, "2026-11");
  g_assert_cmpuint (_tandem_interviews_get_n_shown (f->interviews), ==, expected);
  g_assert_cmpuint (expected, <, all);
  gtk_editable_set_text (from, "");

  /* Marketing's interviews only. */
  gtk_drop_down_set_selected (team, 2);
  g_assert_cmpuint (_tandem_interviews_get_n_shown (f->interviews), <, all);
  g_assert_cmpuint (_tandem_interviews_get_n_shown (f->interviews), >, 0);
  gtk_drop_down_set_selected (team, 0);
  g_assert_cmpuint (_tandem_interviews_get_n_shown (f->interviews), ==, all);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  if (!gui_test_init (&argc, &argv, "interviews", &tmpdir))
    return 0;

  application = adw_application_new ("io.github.tandemplanner.Tandem.TestInterviews",
                                     G_APPLICATION_NON_UNIQUE);
  gui_test_register (G_APPLICATION (application));

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_init, func, fixture_clear)
  ADD ("/gui/interviews/highlight-and-link", test_highlight_and_link);
  ADD ("/gui/interviews/type-before-highlight", test_type_before_highlight);
  ADD ("/gui/interviews/search", test_search);
  ADD ("/gui/interviews/add-delete-import", test_add_delete_import);
  ADD ("/gui/interviews/filters", test_filters);
#undef ADD

  status = g_test_run ();
  g_rmdir (tmpdir);
  g_free (tmpdir);
  g_clear_object (&application);
  return status;
}
