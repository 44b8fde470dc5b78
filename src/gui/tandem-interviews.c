/* tandem-interviews.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-interviews"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tandem-interviews.h"
#include "tandem-snippet.h"

/* The Interviews page: a filtered, sorted list of interviews, the notes of
 * the selected one in a text view, and its highlights beside it.
 *
 * Every keystroke in the notes goes through tandem_notes_ops_edit(), which
 * moves the highlights along in the same undo step; the text view keeps no
 * undo history of its own.  Highlights and search matches are text tags
 * recomputed from the model after each change.  Search runs in a worker
 * thread over a TandemSearchIndex filled after the first frame; it says
 * which interviews match, and a result gets its snippet when its row is in
 * view. */

struct _TandemInterviews
{
  AdwBin              parent_instance;

  /* Template children */
  GtkSearchEntry     *search_entry;
  GtkDropDown        *segment_dropdown;
  GtkDropDown        *tag_dropdown;
  GtkDropDown        *team_dropdown;
  GtkEntry           *from_entry;
  GtkEntry           *to_entry;
  GtkDropDown        *sort_dropdown;
  GtkListView        *list_view;
  GtkLabel           *summary_label;
  GtkStack           *detail_stack;
  GtkEntry           *customer_entry;
  GtkEntry           *company_entry;
  GtkEntry           *role_entry;
  GtkEntry           *segment_entry;
  GtkEntry           *date_entry;
  GtkCheckButton     *reference_check;
  GtkEntry           *tags_entry;
  GtkLabel           *interviewers_label;
  GtkTextView        *text_view;
  GtkLabel           *highlights_heading;
  GtkListBox         *highlights_box;
  GtkMenuButton      *tag_set_button;
  GtkPopover         *tag_set_popover;
  GtkListBox         *tag_set_box;
  GtkEntry           *new_tag_entry;
  GtkLabel           *tag_error_label;

  TandemWorkspace    *workspace;
  TandemObject       *current;

  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkSingleSelection *selection;
  GtkCustomFilter    *filter;
  GtkCustomSorter    *sorter;
  GtkStringList      *segments;
  GtkStringList      *tags;
  /* The filters' settings, read once per change rather than per row. */
  char               *filter_segment;
  char               *filter_tag;
  guint               filter_team;
  char               *filter_from;
  char               *filter_to;
  GHashTable         *bound_rows;      /* GtkListItem, set */
  GdkFrameClock      *frame_clock;
  gulong              layout_handler;
  guint               view_first;      /* the rows in view in the last frame */
  guint               view_count;
  /* What the rows in view were found for, so that a frame in which none
   * can have changed (the notes' cursor blinking) does not look again. */
  gboolean            view_dirty;
  double              view_scroll;
  int                 view_width;
  int                 view_height;

  GtkTextBuffer      *buffer;
  GtkTextTag         *highlight_tags[3];
  GtkTextTag         *unanchored_tag;
  GtkTextTag         *match_tag;
  guint               loading_buffer : 1;
  guint               editing;

  TandemSearchIndex  *index;
  GCancellable       *index_cancellable;
  GCancellable       *search_cancellable;
  GHashTable         *results;         /* id → TandemSearchResult, NULL without a query */
  GPtrArray          *result_array;
  char               *query;
  gint64              search_started;
  gint64              last_search_usec;
  guint               n_searches;
  char               *results_query;   /* the query that gave results */
  guint               index_ready : 1;
  guint               index_pending : 1;

  char               *summary;         /* what the workspace holds, "9 interviews" */

  guint               fill_idle;
  guint               refresh_idle;
  guint               highlights_idle;
  guint               n_imports;

  char              **shown_tag_set;   /* the tags the tag set editor has rows for */
  guint               rebuilding_tag_set : 1;
};

G_DEFINE_FINAL_TYPE (TandemInterviews, tandem_interviews, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKSPACE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void refresh_editor (TandemInterviews *self);
static void decorate (TandemInterviews *self);
static void queue_highlights (TandemInterviews *self);

/* Helpers on the model */

static gboolean
list_has (const char * const *list,
          const char         *item)
{
  return list != NULL && item != NULL && g_strv_contains (list, item);
}

static TandemTeam
person_team (TandemWorkspace *workspace,
             const char      *id)
{
  TandemObject *person = tandem_workspace_lookup (workspace, id);
  guint index;

  if (person == NULL || tandem_object_class_find_field (TANDEM_OBJECT_GET_CLASS (person), "team", &index) == NULL)
    return TANDEM_TEAM_OTHER;
  return g_value_get_enum (tandem_object_get_value (person, index));
}

static gboolean
get_boolean (TandemObject *object,
             const char   *field)
{
  guint index;

  if (tandem_object_class_find_field (TANDEM_OBJECT_GET_CLASS (object), field, &index) == NULL)
    return FALSE;
  return g_value_get_boolean (tandem_object_get_value (object, index));
}

static char *
interviewers_text (TandemInterviews *self,
                   TandemObject     *interview)
{
  const char * const *ids = tandem_object_get_list (interview, "interviewers");
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      TandemObject *person = tandem_workspace_lookup (self->workspace, ids[i]);
      TandemTeam team = person_team (self->workspace, ids[i]);
      const char *team_name = tandem_team_to_label (team);

      if (person == NULL)
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      /* Translators: an interviewer and their team, e.g. "Maria Lopez (Marketing)". */
      g_string_append_printf (out, _("%s (%s)"), tandem_object_get_string (person, "name"), team_name);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const char *
selected_string (GtkDropDown *dropdown)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (dropdown);

  /* The first item of each filter is "any". */
  if (item == NULL || gtk_drop_down_get_selected (dropdown) == 0)
    return NULL;
  return gtk_string_object_get_string (item);
}

/* The list: filter and sort */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  TandemInterviews *self = user_data;
  TandemObject *interview = item;
  const char *segment = self->filter_segment;
  const char *tag = self->filter_tag;
  guint team = self->filter_team;
  const char *from = self->filter_from;
  const char *to = self->filter_to;
  const char *date;

  if (self->results != NULL && !g_hash_table_contains (self->results, tandem_object_get_id (interview)))
    return FALSE;
  date = tandem_object_get_string (interview, "date");
  if (segment != NULL && g_strcmp0 (tandem_object_get_string (interview, "segment"), segment) != 0)
    return FALSE;
  if (tag != NULL && !tandem_notes_ops_interview_has_tag (TANDEM_INTERVIEW (interview), tag))
    return FALSE;
  if (team > 0)
    {
      const char * const *ids = tandem_object_get_list (interview, "interviewers");
      gboolean found = FALSE;

      for (guint i = 0; ids[i] != NULL && !found; i++)
        found = (guint) person_team (self->workspace, ids[i]) == team - 1;
      if (!found)
        return FALSE;
    }
  /* Dates are ISO 8601, so comparing text compares days; a partial bound
   * such as "2026-11" works too. */
  if (from != NULL && (date == NULL || strcmp (date, from) < 0))
    return FALSE;
  if (to != NULL && (date == NULL || strncmp (date, to, strlen (to)) > 0))
    return FALSE;
  return TRUE;
}

static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  TandemInterviews *self = user_data;
  TandemObject *ia = (TandemObject *) a;
  TandemObject *ib = (TandemObject *) b;
  guint key = gtk_drop_down_get_selected (self->sort_dropdown);
  int cmp = 0;

  switch (key)
    {
    case 0:
      cmp = g_strcmp0 (tandem_object_get_string (ib, "date"), tandem_object_get_string (ia, "date"));
      break;
    case 1:
      cmp = g_strcmp0 (tandem_object_get_string (ia, "date"), tandem_object_get_string (ib, "date"));
      break;
    case 2:
      cmp = g_utf8_collate (tandem_object_get_string (ia, "customer"), tandem_object_get_string (ib, "customer"));
      break;
    default:
      cmp = g_strcmp0 (tandem_object_get_string (ia, "company"), tandem_object_get_string (ib, "company"));
      break;
    }
  if (cmp == 0)
    cmp = strcmp (tandem_object_get_id (ia), tandem_object_get_id (ib));
  return cmp;
}

static char *
nonempty_text (GtkEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  return text[0] != '\0' ? g_strdup (text) : NULL;
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* Reads the filters' settings for filter_func(); returns whether they
 * changed. */
static gboolean
read_filters (TandemInterviews *self)
{
  g_autofree char *from = nonempty_text (self->from_entry);
  g_autofree char *to = nonempty_text (self->to_entry);
  guint team = gtk_drop_down_get_selected (self->team_dropdown);
  gboolean changed = team != self->filter_team;

  self->filter_team = team;
  changed |= set_string (&self->filter_segment, selected_string (self->segment_dropdown));
  changed |= set_string (&self->filter_tag, selected_string (self->tag_dropdown));
  changed |= set_string (&self->filter_from, from);
  changed |= set_string (&self->filter_to, to);
  return changed;
}

static void
filters_changed_cb (TandemInterviews *self)
{
  read_filters (self);
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
sort_changed_cb (TandemInterviews *self)
{
  if (self->sorter != NULL)
    gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* Segments and tags offered by the filters: the segments the interviews use;
 * the highlight tag set in its order, then the other tags of interviews and
 * highlights. */
static void
refresh_choices (TandemInterviews *self)
{
  GListModel *interviews = G_LIST_MODEL (tandem_workspace_get_interviews (self->workspace));
  g_autoptr(GHashTable) segments = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) tags = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) tag_set = tandem_notes_ops_list_tag_set (self->workspace);
  g_auto(GStrv) highlight_tags = tandem_notes_ops_list_tags (self->workspace);  /* the set first */
  g_autofree const char **segment_list = NULL;
  g_autofree const char **other_tags = NULL;
  g_autoptr(GStrvBuilder) tag_builder = g_strv_builder_new ();
  g_auto(GStrv) tag_list = NULL;
  g_autofree char *segment = g_strdup (selected_string (self->segment_dropdown));
  g_autofree char *tag = g_strdup (selected_string (self->tag_dropdown));

  for (guint i = 0; i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(TandemObject) interview = g_list_model_get_item (interviews, i);
      const char *s = tandem_object_get_string (interview, "segment");
      const char * const *t = tandem_object_get_list (interview, "tags");

      if (s != NULL)
        g_hash_table_add (segments, (gpointer) s);
      for (guint k = 0; t[k] != NULL; k++)
        g_hash_table_add (tags, (gpointer) t[k]);
    }
  for (guint i = 0; highlight_tags[i] != NULL; i++)
    g_hash_table_add (tags, highlight_tags[i]);
  for (guint i = 0; tag_set[i] != NULL; i++)
    g_hash_table_remove (tags, tag_set[i]);
  segment_list = (const char **) g_hash_table_get_keys_as_array (segments, NULL);
  other_tags = (const char **) g_hash_table_get_keys_as_array (tags, NULL);
  g_qsort_with_data (segment_list, g_hash_table_size (segments), sizeof (char *), compare_strings, NULL);
  g_qsort_with_data (other_tags, g_hash_table_size (tags), sizeof (char *), compare_strings, NULL);
  g_strv_builder_addv (tag_builder, (const char **) tag_set);
  g_strv_builder_addv (tag_builder, other_tags);
  tag_list = g_strv_builder_end (tag_builder);

  g_signal_handlers_block_by_func (self->segment_dropdown, filters_changed_cb, self);
  g_signal_handlers_block_by_func (self->tag_dropdown, filters_changed_cb, self);
  gtk_string_list_splice (self->segments, 1, g_list_model_get_n_items (G_LIST_MODEL (self->segments)) - 1, NULL);
  gtk_string_list_splice (self->tags, 1, g_list_model_get_n_items (G_LIST_MODEL (self->tags)) - 1, NULL);
  for (guint i = 0; segment_list[i] != NULL; i++)
    {
      g_autofree char *copy = g_strdup (segment_list[i]);

      gtk_string_list_append (self->segments, copy);
      if (g_strcmp0 (copy, segment) == 0)
        gtk_drop_down_set_selected (self->segment_dropdown, i + 1);
    }
  for (guint i = 0; tag_list[i] != NULL; i++)
    {
      g_autofree char *copy = g_strdup (tag_list[i]);

      gtk_string_list_append (self->tags, copy);
      if (g_strcmp0 (copy, tag) == 0)
        gtk_drop_down_set_selected (self->tag_dropdown, i + 1);
    }
  g_signal_handlers_unblock_by_func (self->segment_dropdown, filters_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->tag_dropdown, filters_changed_cb, self);
}

/* The list rows */

static void
append_marked (GString    *out,
               const char *text,
               GArray     *matches)
{
  int done = 0;

  for (guint i = 0; matches != NULL && i < matches->len; i++)
    {
      const TandemSearchMatch *m = &g_array_index (matches, TandemSearchMatch, i);
      g_autofree char *before_text = NULL;
      g_autofree char *marked_text = NULL;
      g_autofree char *before = NULL;
      g_autofree char *marked = NULL;

      if (m->start < done)
        continue;
      before_text = g_utf8_substring (text, done, m->start);
      marked_text = g_utf8_substring (text, m->start, m->end);
      before = g_markup_escape_text (before_text, -1);
      marked = g_markup_escape_text (marked_text, -1);
      g_string_append (out, before);
      g_string_append_printf (out, "<b>%s</b>", marked);
      done = m->end;
    }
  {
    g_autofree char *rest = g_markup_escape_text (g_utf8_offset_to_pointer (text, done), -1);

    g_string_append (out, rest);
  }
}

/* The last line of a row: the search result's snippet with the matches in
 * bold, when the result has one.  @detail makes the snippet if the search
 * did not, for a row in view. */
static void
update_snippet (TandemInterviews *self,
                GtkWidget        *label,
                TandemObject     *interview,
                gboolean          detail)
{
  TandemSearchResult *result = NULL;

  if (self->results != NULL)
    result = g_hash_table_lookup (self->results, tandem_object_get_id (interview));
  if (result != NULL && detail)
    tandem_search_index_detail (self->index, result, self->results_query);
  if (result != NULL && result->snippet != NULL)
    {
      g_autoptr(GString) markup = g_string_new (NULL);

      append_marked (markup, result->snippet, result->snippet_matches);
      tandem_snippet_set_markup (TANDEM_SNIPPET (label), markup->str);
      gtk_widget_set_visible (label, TRUE);
    }
  else
    gtk_widget_set_visible (label, FALSE);
}

static void
update_row (TandemInterviews *self,
            GtkWidget        *box,
            TandemObject     *interview,
            gboolean          detail)
{
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *line2 = gtk_widget_get_next_sibling (title);
  GtkWidget *line3 = gtk_widget_get_next_sibling (line2);
  GtkWidget *snippet = gtk_widget_get_next_sibling (line3);
  const char *company = tandem_object_get_string (interview, "company");
  const char *role = tandem_object_get_string (interview, "role");
  const char *segment = tandem_object_get_string (interview, "segment");
  const char *date = tandem_object_get_string (interview, "date");
  g_autofree char *who = interviewers_text (self, interview);
  g_autofree char *tags = g_strjoinv (", ", (char **) tandem_object_get_list (interview, "tags"));
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append (text, tandem_object_get_string (interview, "customer"));
  if (get_boolean (interview, "reference-customer"))
    /* Translators: marks a reference customer in the interview list. */
    g_string_append (text, _(" ★ reference"));
  gtk_label_set_label (GTK_LABEL (title), text->str);

  g_string_truncate (text, 0);
  g_string_append (text, company != NULL ? company : "");
  if (role != NULL)
    g_string_append_printf (text, " · %s", role);
  gtk_label_set_label (GTK_LABEL (line2), text->str);

  g_string_truncate (text, 0);
  g_string_append (text, segment != NULL ? segment : "");
  if (date != NULL)
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", date);
  if (who[0] != '\0')
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", who);
  if (tags[0] != '\0')
    g_string_append_printf (text, "%s#%s", text->len > 0 ? " · " : "", tags);
  gtk_label_set_label (GTK_LABEL (line3), text->str);

  update_snippet (self, snippet, interview, detail);
  g_object_set_data (G_OBJECT (box), "shows", interview);
}

/* A row out of view shows nothing: each of its lines stays one line high,
 * so the list's layout does not change, but there is no text to measure
 * and shape.  GtkListView binds up to 200 rows; after clearing a search,
 * filling them all took a frame of over 10 ms. */
static void
blank_row (GtkWidget *box)
{
  GtkWidget *snippet = gtk_widget_get_last_child (box);

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != snippet; child = gtk_widget_get_next_sibling (child))
    gtk_label_set_label (GTK_LABEL (child), "");
  gtk_widget_set_visible (snippet, FALSE);
  g_object_set_data (G_OBJECT (box), "shows", NULL);
}

static gboolean
row_shows (GtkWidget    *box,
           TandemObject *interview)
{
  return g_object_get_data (G_OBJECT (box), "shows") == (gpointer) interview;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              TandemInterviews         *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  const char *classes[] = { "heading", "caption", "dim-label" };
  GtkWidget *snippet = tandem_snippet_new ();

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, classes[i]);
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_add_css_class (snippet, "caption");
  gtk_widget_add_css_class (snippet, "interview-snippet");
  gtk_box_append (GTK_BOX (box), snippet);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_item_set_child (item, box);
}

static void
row_notify_cb (TandemObject *interview,
               GParamSpec   *pspec,
               GtkListItem  *item)
{
  TandemInterviews *self = g_object_get_data (G_OBJECT (item), "interviews");

  if (g_strcmp0 (pspec->name, "notes") != 0 && g_strcmp0 (pspec->name, "modified") != 0 &&
      row_shows (gtk_list_item_get_child (item), interview))
    {
      update_row (self, gtk_list_item_get_child (item), interview, FALSE);
      self->view_dirty = TRUE;
    }
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             TandemInterviews         *self)
{
  TandemObject *interview = gtk_list_item_get_item (item);

  g_object_set_data (G_OBJECT (item), "interviews", self);
  blank_row (gtk_list_item_get_child (item));
  g_signal_connect (interview, "notify", G_CALLBACK (row_notify_cb), item);
  g_hash_table_add (self->bound_rows, item);
  self->view_dirty = TRUE;
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               TandemInterviews         *self)
{
  TandemObject *interview = gtk_list_item_get_item (item);

  if (interview != NULL)
    g_signal_handlers_disconnect_by_func (interview, row_notify_cb, item);
  g_hash_table_remove (self->bound_rows, item);
}

/* Shows the interview of @item in its row if the row is blank or shows
 * another; returns whether it did. */
static gboolean
fill_row (TandemInterviews *self,
          GtkListItem      *item)
{
  TandemObject *interview = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);

  if (interview == NULL || row_shows (box, interview))
    return FALSE;
  update_row (self, box, interview, TRUE);
  return TRUE;
}

/* After a search.  The rows at the places that were in view in the last
 * frame will most likely be in view in the next: they are filled and get
 * their snippets now, so that the frame lays them out once.  The other rows
 * only lose their old snippet. */
static void
update_bound_rows (TandemInterviews *self)
{
  GHashTableIter iter;
  gpointer item;

  self->view_dirty = TRUE;
  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    {
      TandemObject *interview = gtk_list_item_get_item (item);
      GtkWidget *box = gtk_list_item_get_child (item);
      guint position = gtk_list_item_get_position (item);
      gboolean in_view = position >= self->view_first && position - self->view_first < self->view_count;

      if (interview == NULL)
        continue;
      if (row_shows (box, interview))
        update_snippet (self, gtk_widget_get_last_child (box), interview, in_view);
      else if (in_view)
        fill_row (self, item);
    }
}

/* Rows moved without being bound again: those now in view may be blank. */
static void
view_changed_cb (TandemInterviews *self)
{
  self->view_dirty = TRUE;
}

/* Once the list is laid out in a frame, the rows in view are filled, and
 * get a snippet if their result has none yet: the rows a search did not
 * foresee, and rows scrolled into view.  Filling a row can change its
 * height; the frame clock then lays out again before it paints, so a row
 * never shows blank or without its snippet. */
static void
frame_layout_cb (GdkFrameClock    *clock,
                 TandemInterviews *self)
{
  GtkWidget *list = GTK_WIDGET (self->list_view);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  double scroll = adjustment != NULL ? gtk_adjustment_get_value (adjustment) : 0;
  int width = gtk_widget_get_width (list);
  int height = gtk_widget_get_height (list);
  GHashTableIter iter;
  gpointer item;

  if (!self->view_dirty && scroll == self->view_scroll &&
      width == self->view_width && height == self->view_height)
    return;
  self->view_dirty = FALSE;
  self->view_scroll = scroll;
  self->view_width = width;
  self->view_height = height;
  self->view_first = G_MAXUINT;
  self->view_count = 0;
  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    {
      TandemObject *interview = gtk_list_item_get_item (item);
      GtkWidget *box = gtk_list_item_get_child (item);
      TandemSearchResult *result = NULL;
      graphene_rect_t bounds;

      if (interview == NULL ||
          !gtk_widget_compute_bounds (box, list, &bounds) ||
          bounds.origin.y >= height || bounds.origin.y + bounds.size.height <= 0)
        continue;
      self->view_first = MIN (self->view_first, gtk_list_item_get_position (item));
      self->view_count++;
      /* A row that changes height moves the others: look again in the
       * layout pass this causes. */
      if (fill_row (self, item))
        {
          self->view_dirty = TRUE;
          continue;
        }
      if (self->results != NULL)
        result = g_hash_table_lookup (self->results, tandem_object_get_id (interview));
      if (result != NULL && result->matches == NULL)
        {
          update_snippet (self, gtk_widget_get_last_child (box), interview, TRUE);
          self->view_dirty = TRUE;
        }
    }
}

static void
list_map_cb (TandemInterviews *self)
{
  self->frame_clock = g_object_ref (gtk_widget_get_frame_clock (GTK_WIDGET (self->list_view)));
  self->view_dirty = TRUE;
  /* After GTK's own handler, which allocates the window. */
  self->layout_handler = g_signal_connect_after (self->frame_clock, "layout", G_CALLBACK (frame_layout_cb), self);
}

static void
list_unmap_cb (TandemInterviews *self)
{
  g_clear_signal_handler (&self->layout_handler, self->frame_clock);
  g_clear_object (&self->frame_clock);
}

/* The count under the list: the summary, or "1 of 9 interviews" while a
 * search or a filter hides some. */
static void
update_count (TandemInterviews *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint all = 0;
  g_autofree char *text = NULL;

  if (self->workspace != NULL)
    all = g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_interviews (self->workspace)));
  if (n < all)
    /* Translators: while searching or filtering, e.g. "1 of 9 interviews". */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u interview", "%u of %u interviews", all),
                            n, all);
  gtk_label_set_label (self->summary_label, text != NULL ? text : self->summary);
}

static void
update_summary_count (TandemInterviews *self)
{
  g_autofree char *shown = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  if (self->results == NULL)
    return;
  shown = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", n), n);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, shown, -1);
}

/* Search */

static void
query_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(TandemInterviews) self = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *results = tandem_search_index_query_finish (TANDEM_SEARCH_INDEX (source), result, &error);
  gboolean strict;

  if (results == NULL)
    return;

  /* Fewer matches than before, all among them: the filter only needs to look
   * at what it shows. */
  strict = TRUE;
  for (guint i = 0; i < results->len && self->results != NULL && strict; i++)
    strict = g_hash_table_contains (self->results, ((TandemSearchResult *) g_ptr_array_index (results, i))->interview_id);

  g_clear_pointer (&self->results, g_hash_table_unref);
  g_clear_pointer (&self->result_array, g_ptr_array_unref);
  /* A finished query that was not cancelled is the one last run. */
  g_free (self->results_query);
  self->results_query = g_strdup (self->query);
  self->result_array = results;
  self->results = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < results->len; i++)
    {
      TandemSearchResult *r = g_ptr_array_index (results, i);

      g_hash_table_insert (self->results, r->interview_id, r);
    }
  gtk_filter_changed (GTK_FILTER (self->filter),
                      strict ? GTK_FILTER_CHANGE_MORE_STRICT : GTK_FILTER_CHANGE_DIFFERENT);
  update_bound_rows (self);
  update_summary_count (self);
  decorate (self);
  self->last_search_usec = g_get_monotonic_time () - self->search_started;
  self->n_searches++;
}

static void
run_search (TandemInterviews *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_free (self->query);
  self->query = stripped[0] != '\0' ? g_strdup (stripped) : NULL;
  self->search_started = g_get_monotonic_time ();

  if (self->query == NULL)
    {
      g_clear_pointer (&self->results, g_hash_table_unref);
      g_clear_pointer (&self->result_array, g_ptr_array_unref);
      filters_changed_cb (self);
      update_bound_rows (self);
      decorate (self);
      self->last_search_usec = g_get_monotonic_time () - self->search_started;
      self->n_searches++;
      return;
    }
  if (!self->index_ready)
    {
      self->index_pending = TRUE;
      return;
    }

  self->search_cancellable = g_cancellable_new ();
  tandem_search_index_query_async (self->index, self->query, 0, self->search_cancellable,
                                   query_done_cb, g_object_ref (self));
}

static void
search_changed_cb (TandemInterviews *self)
{
  run_search (self);
}

static void
fill_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(TandemInterviews) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!tandem_search_index_fill_finish (TANDEM_SEARCH_INDEX (source), result, &error))
    return;
  self->index_ready = TRUE;
  if (self->index_pending)
    {
      self->index_pending = FALSE;
      run_search (self);
    }
}

/* After the first frame: filling the index copies every note. */
static gboolean
fill_index_idle (gpointer data)
{
  TandemInterviews *self = data;

  self->fill_idle = 0;
  if (self->workspace == NULL)
    return G_SOURCE_REMOVE;
  self->index_cancellable = g_cancellable_new ();
  tandem_search_index_fill_async (self->index, self->workspace, self->index_cancellable,
                                  fill_done_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/* The notes editor */

static int
offset_of (GtkTextIter *iter)
{
  return gtk_text_iter_get_offset (iter);
}

/* Typing within a word joins the previous step; a space, a line break, a
 * paste or a deletion of more than a character starts a new one. */
static TandemEditFlags
flags_for (const char *text,
           int         n_chars)
{
  if (n_chars != 1)
    return TANDEM_EDIT_NONE;
  return g_unichar_isalnum (g_utf8_get_char (text)) ? TANDEM_EDIT_COALESCE : TANDEM_EDIT_NONE;
}

static void
insert_text_cb (GtkTextBuffer    *buffer,
                GtkTextIter      *location,
                const char       *text,
                int               len,
                TandemInterviews *self)
{
  g_autofree char *inserted = g_strndup (text, len);
  g_autoptr(GError) error = NULL;

  if (self->loading_buffer || self->current == NULL)
    return;

  self->editing++;
  if (!tandem_notes_ops_edit (self->workspace, TANDEM_INTERVIEW (self->current), offset_of (location),
                              0, inserted, flags_for (inserted, g_utf8_strlen (inserted, -1)),
                              &error))
    {
      g_debug ("Not inserted: %s", error->message);
      g_signal_stop_emission_by_name (buffer, "insert-text");
      gtk_widget_error_bell (GTK_WIDGET (self->text_view));
    }
  self->editing--;
}

static void
delete_range_cb (GtkTextBuffer    *buffer,
                 GtkTextIter      *start,
                 GtkTextIter      *end,
                 TandemInterviews *self)
{
  g_autoptr(GError) error = NULL;
  int from = offset_of (start);
  int to = offset_of (end);

  if (self->loading_buffer || self->current == NULL)
    return;

  self->editing++;
  if (!tandem_notes_ops_edit (self->workspace, TANDEM_INTERVIEW (self->current), MIN (from, to),
                              ABS (to - from), NULL,
                              ABS (to - from) == 1 ? TANDEM_EDIT_COALESCE : TANDEM_EDIT_NONE, &error))
    {
      g_signal_stop_emission_by_name (buffer, "delete-range");
      gtk_widget_error_bell (GTK_WIDGET (self->text_view));
    }
  self->editing--;
}

static void
changed_after_cb (GtkTextBuffer    *buffer,
                  TandemInterviews *self)
{
  if (!self->loading_buffer)
    decorate (self);
}

static void
apply_tag (GtkTextBuffer *buffer,
           GtkTextTag    *tag,
           int            start,
           int            end)
{
  GtkTextIter a;
  GtkTextIter b;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, end);
  gtk_text_buffer_apply_tag (buffer, tag, &a, &b);
}

/* Highlights and search matches as text tags, from the model. */
static void
decorate (TandemInterviews *self)
{
  GtkTextIter start;
  GtkTextIter end;
  GListModel *children;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_all_tags (self->buffer, &start, &end);
  if (self->current == NULL)
    return;

  children = G_LIST_MODEL (tandem_object_get_children (self->current));
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(TandemObject) highlight = g_list_model_get_item (children, i);
      int weight = CLAMP (tandem_object_get_int (highlight, "weight"), 1, 3);

      apply_tag (self->buffer,
                 get_boolean (highlight, "unanchored") ? self->unanchored_tag : self->highlight_tags[weight - 1],
                 tandem_object_get_int (highlight, "start"), tandem_object_get_int (highlight, "end"));
    }

  if (self->query != NULL)
    {
      g_autoptr(GArray) matches = tandem_search_find_in_text (self->query,
                                                              tandem_object_get_string (self->current, "notes"));

      for (guint i = 0; i < matches->len; i++)
        apply_tag (self->buffer, self->match_tag, g_array_index (matches, TandemSearchMatch, i).start,
                   g_array_index (matches, TandemSearchMatch, i).end);
    }
}

static void
load_buffer (TandemInterviews *self)
{
  const char *notes = self->current != NULL ? tandem_object_get_string (self->current, "notes") : NULL;
  GtkTextIter iter;
  int cursor;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  cursor = gtk_text_iter_get_offset (&iter);
  self->loading_buffer = TRUE;
  gtk_text_buffer_set_text (self->buffer, notes != NULL ? notes : "", -1);
  self->loading_buffer = FALSE;
  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, cursor);
  gtk_text_buffer_place_cursor (self->buffer, &iter);
  decorate (self);
}

/* The details entries commit when activated or left. */
static void
set_entry (GtkEntry   *entry,
           const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
}

static void
refresh_details (TandemInterviews *self)
{
  g_autofree char *tags = NULL;
  g_autofree char *who = NULL;

  if (self->current == NULL)
    return;
  tags = g_strjoinv (", ", (char **) tandem_object_get_list (self->current, "tags"));
  who = interviewers_text (self, self->current);
  set_entry (self->customer_entry, tandem_object_get_string (self->current, "customer"));
  set_entry (self->company_entry, tandem_object_get_string (self->current, "company"));
  set_entry (self->role_entry, tandem_object_get_string (self->current, "role"));
  set_entry (self->segment_entry, tandem_object_get_string (self->current, "segment"));
  set_entry (self->date_entry, tandem_object_get_string (self->current, "date"));
  set_entry (self->tags_entry, tags);
  gtk_check_button_set_active (self->reference_check, get_boolean (self->current, "reference-customer"));
  gtk_label_set_label (self->interviewers_label, who);
}

static void
commit_entry (TandemInterviews *self,
              GtkEntry         *entry)
{
  const char *field = g_object_get_data (G_OBJECT (entry), "field");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  if (self->current == NULL)
    return;
  if (g_str_equal (field, "tags"))
    {
      g_auto(GStrv) parts = g_strsplit (text, ",", -1);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      for (guint i = 0; parts[i] != NULL; i++)
        {
          g_strstrip (parts[i]);
          if (parts[i][0] != '\0')
            g_strv_builder_add (builder, parts[i]);
        }
      g_value_init (&value, G_TYPE_STRV);
      g_value_take_boxed (&value, g_strv_builder_end (builder));
    }
  else
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));

      g_value_init (&value, G_TYPE_STRING);
      g_value_set_string (&value, stripped[0] != '\0' ? stripped : NULL);
    }
  if (!tandem_workspace_set_value (self->workspace, self->current, field, &value, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), error->message);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (entry), NULL);
}

static void
entry_leave_cb (GtkEventControllerFocus *controller,
                TandemInterviews        *self)
{
  commit_entry (self, GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

static void
reference_toggled_cb (TandemInterviews *self)
{
  if (self->current == NULL ||
      gtk_check_button_get_active (self->reference_check) == get_boolean (self->current, "reference-customer"))
    return;
  tandem_workspace_set (self->workspace, self->current, "reference-customer",
                        gtk_check_button_get_active (self->reference_check), NULL);
}

/* The highlights beside the editor */

static void
link_card_cb (GtkListView      *view,
              guint             position,
              GtkWidget        *row)
{
  g_autoptr(TandemObject) card = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (view)), position);
  const char *highlight_id = g_object_get_data (G_OBJECT (row), "highlight-id");
  GtkWidget *popover = gtk_widget_get_ancestor (row, GTK_TYPE_POPOVER);

  /* Close the picker first: linking rebuilds the highlight's row, and the
   * popover with it, which must not go while it holds the pointer. */
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_widget_activate_action (row, "interviews.link-card", "(ss)", highlight_id,
                              tandem_object_get_id (card));
}

static void
setup_card_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_card_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       tandem_object_get_string (gtk_list_item_get_item (item), "title"));
}

/* A popover to pick a card: a search entry over the cards' titles. */
static GtkWidget *
card_picker (TandemInterviews *self,
             TandemObject     *highlight)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *entry = gtk_search_entry_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *unlink;
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkExpression *title = gtk_property_expression_new (TANDEM_TYPE_CARD, NULL, "title");
  GtkStringFilter *filter = gtk_string_filter_new (title);
  GtkFilterListModel *cards;
  GtkWidget *view;

  cards = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (tandem_workspace_get_cards (self->workspace))),
                                     GTK_FILTER (filter));
  g_object_bind_property (entry, "text", filter, "search", G_BINDING_DEFAULT);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_card_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_card_cb), NULL);
  view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (cards))), factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (view), TRUE);
  g_object_set_data_full (G_OBJECT (view), "highlight-id", g_strdup (tandem_object_get_id (highlight)), g_free);
  g_signal_connect (view, "activate", G_CALLBACK (link_card_cb), view);
  gtk_widget_add_css_class (view, "navigation-sidebar");

  g_object_set (entry, "placeholder-text", _("Find a card"), NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 260);
  unlink = gtk_button_new_with_mnemonic (_("_Unlink"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (unlink), "interviews.link-card");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (unlink), "(ss)", tandem_object_get_id (highlight), "");
  gtk_widget_set_sensitive (unlink, tandem_object_get_string (highlight, "card") != NULL);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), unlink);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  return popover;
}

static void
new_tag_activate_cb (GtkEntry         *entry,
                     TandemInterviews *self)
{
  const char *id = g_object_get_data (G_OBJECT (entry), "highlight-id");

  gtk_widget_activate_action (GTK_WIDGET (self), "interviews.toggle-tag", "(ss)", id,
                              gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Toggles show state from the model, so they call their action themselves:
 * an actionable toggle would take its state from the (stateless) action. */
static void
toggle_clicked_cb (GtkWidget *toggle)
{
  gtk_widget_activate_action_variant (toggle, g_object_get_data (G_OBJECT (toggle), "action"),
                                      g_object_get_data (G_OBJECT (toggle), "target"));
}

static GtkWidget *
highlight_row (TandemInterviews *self,
               TandemObject     *highlight,
               char            **tag_set)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *quote = gtk_button_new ();
  GtkWidget *quote_label = gtk_label_new (NULL);
  GtkWidget *tags = gtk_flow_box_new ();
  GtkWidget *controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *weights = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *card_button = gtk_menu_button_new ();
  GtkWidget *card_label = gtk_label_new (NULL);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *new_tag = gtk_entry_new ();
  const char *id = tandem_object_get_id (highlight);
  const char *card_id = tandem_object_get_string (highlight, "card");
  TandemObject *card = tandem_workspace_lookup (self->workspace, card_id);
  const char * const *own_tags = tandem_object_get_list (highlight, "tags");
  g_autofree char *quoted = g_strdup_printf ("“%s”", tandem_object_get_string (highlight, "quote"));

  gtk_widget_add_css_class (box, "highlight-row");
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);

  gtk_label_set_label (GTK_LABEL (quote_label), quoted);
  gtk_label_set_wrap (GTK_LABEL (quote_label), TRUE);
  gtk_label_set_lines (GTK_LABEL (quote_label), 4);
  gtk_label_set_ellipsize (GTK_LABEL (quote_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (quote_label), 0);
  gtk_button_set_child (GTK_BUTTON (quote), quote_label);
  gtk_widget_add_css_class (quote, "flat");
  gtk_widget_set_tooltip_text (quote, _("Show in the notes"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (quote), "interviews.show-highlight");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (quote), "s", id);
  gtk_box_append (GTK_BOX (box), quote);

  if (get_boolean (highlight, "unanchored"))
    {
      GtkWidget *warning = gtk_label_new (_("The quote is no longer in the notes"));

      gtk_widget_add_css_class (warning, "warning");
      gtk_label_set_xalign (GTK_LABEL (warning), 0);
      gtk_box_append (GTK_BOX (box), warning);
    }

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (tags), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (tags), 6);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (tags), 3);
  for (guint i = 0; tag_set[i] != NULL; i++)
    {
      GtkWidget *toggle = gtk_toggle_button_new_with_label (tag_set[i]);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), list_has (own_tags, tag_set[i]));
      g_object_set_data_full (G_OBJECT (toggle), "target",
                              g_variant_ref_sink (g_variant_new ("(ss)", id, tag_set[i])),
                              (GDestroyNotify) g_variant_unref);
      g_object_set_data (G_OBJECT (toggle), "action", (gpointer) "interviews.toggle-tag");
      g_signal_connect (toggle, "clicked", G_CALLBACK (toggle_clicked_cb), NULL);
      gtk_widget_add_css_class (toggle, "pill");
      gtk_widget_add_css_class (toggle, "small-pill");
      gtk_flow_box_append (GTK_FLOW_BOX (tags), toggle);
    }
  gtk_box_append (GTK_BOX (box), tags);

  gtk_entry_set_placeholder_text (GTK_ENTRY (new_tag), _("New tag"));
  g_object_set_data_full (G_OBJECT (new_tag), "highlight-id", g_strdup (id), g_free);
  g_signal_connect (new_tag, "activate", G_CALLBACK (new_tag_activate_cb), self);
  gtk_box_append (GTK_BOX (box), new_tag);

  gtk_widget_add_css_class (weights, "linked");
  for (int w = 1; w <= 3; w++)
    {
      g_autofree char *label = g_strdup_printf ("+%d", w);
      GtkWidget *toggle = gtk_toggle_button_new_with_label (label);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle),
                                    tandem_object_get_int (highlight, "weight") == w);
      g_object_set_data_full (G_OBJECT (toggle), "target",
                              g_variant_ref_sink (g_variant_new ("(si)", id, w)),
                              (GDestroyNotify) g_variant_unref);
      g_object_set_data (G_OBJECT (toggle), "action", (gpointer) "interviews.set-weight");
      g_signal_connect (toggle, "clicked", G_CALLBACK (toggle_clicked_cb), NULL);
      gtk_widget_set_tooltip_text (toggle, _("Weight"));
      gtk_box_append (GTK_BOX (weights), toggle);
    }
  gtk_box_append (GTK_BOX (controls), weights);

  if (card != NULL)
    {
      guint n = 0;
      guint weight = 0;
      g_autofree char *label = NULL;

      tandem_notes_ops_get_evidence (self->workspace, card_id, &n, &weight);
      /* Translators: a card's title and its evidence, e.g. "Offline sync · 3 interviews". */
      label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u interview", "%s · %u interviews", n),
                               tandem_object_get_string (card, "title"), n);
      gtk_label_set_label (GTK_LABEL (card_label), label);
      gtk_widget_set_tooltip_text (card_button, label);
    }
  else
    gtk_label_set_label (GTK_LABEL (card_label), _("Link to Card…"));
  /* A long card title must not widen the column: it ellipsizes. */
  gtk_label_set_ellipsize (GTK_LABEL (card_label), PANGO_ELLIPSIZE_END);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (card_button), card_label);
  gtk_widget_set_hexpand (card_button, TRUE);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (card_button), card_picker (self, highlight));
  gtk_widget_set_hexpand (weights, TRUE);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "interviews.remove-highlight");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", id);
  gtk_widget_set_tooltip_text (remove, _("Remove Highlight"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Highlight"), -1);
  gtk_box_append (GTK_BOX (controls), remove);
  gtk_box_append (GTK_BOX (box), controls);
  gtk_box_append (GTK_BOX (box), card_button);

  g_object_set_data_full (G_OBJECT (box), "highlight-id", g_strdup (id), g_free);
  return box;
}

static int
compare_starts (gconstpointer a,
                gconstpointer b)
{
  TandemObject *ha = *(TandemObject **) a;
  TandemObject *hb = *(TandemObject **) b;

  return tandem_object_get_int (ha, "start") - tandem_object_get_int (hb, "start");
}

static void
refresh_highlights (TandemInterviews *self)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) tag_set = NULL;
  g_autofree char *heading = NULL;
  GtkListBoxRow *row;
  GListModel *children;

  /* Rows only: the placeholder stays. */
  while ((row = gtk_list_box_get_row_at_index (self->highlights_box, 0)) != NULL)
    gtk_list_box_remove (self->highlights_box, GTK_WIDGET (row));
  if (self->current == NULL)
    return;

  children = G_LIST_MODEL (tandem_object_get_children (self->current));
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (children, i));
  g_ptr_array_sort (sorted, compare_starts);
  tag_set = tandem_notes_ops_list_tags (self->workspace);
  for (guint i = 0; i < sorted->len; i++)
    {
      gtk_list_box_append (self->highlights_box,
                           highlight_row (self, g_ptr_array_index (sorted, i), tag_set));
    }
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u highlight", "%u highlights", sorted->len),
                             sorted->len);
  gtk_label_set_label (self->highlights_heading, heading);
}

static gboolean
highlights_idle_cb (gpointer data)
{
  TandemInterviews *self = data;

  self->highlights_idle = 0;
  refresh_highlights (self);
  decorate (self);
  return G_SOURCE_REMOVE;
}

static void
queue_highlights (TandemInterviews *self)
{
  if (self->highlights_idle == 0)
    self->highlights_idle = g_idle_add (highlights_idle_cb, self);
}

static void
refresh_editor (TandemInterviews *self)
{
  gtk_stack_set_visible_child_name (self->detail_stack, self->current != NULL ? "editor" : "empty");
  load_buffer (self);
  refresh_details (self);
  refresh_highlights (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interviews.delete", self->current != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interviews.highlight", self->current != NULL);
}

/* The row of the selected interview, filled now rather than at the next
 * frame: a keyboard move selects a row that may still be blank, and a
 * screen reader asks for its name before the frame comes. */
static void
fill_selected_row (TandemInterviews *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    if (gtk_list_item_get_position (item) == selected)
      fill_row (self, item);
}

static void
selection_changed_cb (TandemInterviews *self)
{
  TandemObject *selected = gtk_single_selection_get_selected_item (self->selection);

  if (selected == self->current)
    return;
  g_set_object (&self->current, selected);
  fill_selected_row (self);
  refresh_editor (self);
}

/* The tag set editor: one entry per tag of the workspace's highlight tag
 * set, renamed on Enter or when it loses focus. */

static void
show_tag_error (TandemInterviews *self,
                const GError     *error)
{
  gtk_label_set_label (self->tag_error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->tag_error_label), error != NULL);
}

static gboolean
rename_tag (TandemInterviews *self,
            const char       *old,
            const char       *new)
{
  g_autoptr(GError) error = NULL;
  gboolean renamed = tandem_notes_ops_rename_tag (self->workspace, old, new, &error);

  show_tag_error (self, error);
  return renamed;
}

static void
tag_name_commit (GtkEntry         *entry,
                 TandemInterviews *self)
{
  const char *old = g_object_get_data (G_OBJECT (entry), "tag");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  /* The entry now stands for the new name, until the rows are rebuilt: losing
   * the focus after Enter must not rename the old name again. */
  if (old != NULL && g_strcmp0 (old, text) != 0 && self->workspace != NULL && rename_tag (self, old, text))
    g_object_set_data_full (G_OBJECT (entry), "tag", g_strstrip (g_strdup (text)), g_free);
}

static void
tag_name_leave_cb (GtkEventControllerFocus *controller,
                   TandemInterviews        *self)
{
  /* Rebuilding the rows takes the focus from a removed entry: that is no
   * edit of the user's. */
  if (!self->rebuilding_tag_set)
    tag_name_commit (GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))), self);
}

/* Rebuilds the rows when the tag set has changed, and only then: the rows of
 * an unchanged set keep what is being typed in them.  The focus stays on the
 * row at the same place. */
static void
refresh_tag_set (TandemInterviews *self)
{
  g_auto(GStrv) set = self->workspace != NULL ? tandem_notes_ops_list_tag_set (self->workspace) : NULL;
  GtkWidget *focus_row = gtk_widget_get_focus_child (GTK_WIDGET (self->tag_set_box));
  int focus_index = focus_row != NULL ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (focus_row)) : -1;
  GtkWidget *child;
  guint n = set != NULL ? g_strv_length (set) : 0;

  if (set == self->shown_tag_set ||
      (set != NULL && self->shown_tag_set != NULL &&
       g_strv_equal ((const char * const *) set, (const char * const *) self->shown_tag_set)))
    return;
  g_strfreev (self->shown_tag_set);
  self->shown_tag_set = g_strdupv (set);

  self->rebuilding_tag_set = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tag_set_box))) != NULL)
    gtk_list_box_remove (self->tag_set_box, child);
  self->rebuilding_tag_set = FALSE;
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *entry = gtk_entry_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      GtkEventController *focus = gtk_event_controller_focus_new ();
      g_autofree char *remove_label = g_strdup_printf (_("Remove Tag “%s”"), set[i]);

      gtk_widget_add_css_class (row, "tag-set-row");
      gtk_editable_set_text (GTK_EDITABLE (entry), set[i]);
      gtk_widget_set_hexpand (entry, TRUE);
      gtk_widget_add_css_class (entry, "flat");
      gtk_widget_set_tooltip_text (entry, _("Edit the name and press Enter to rename the tag on every highlight"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Tag name"), -1);
      g_object_set_data_full (G_OBJECT (entry), "tag", g_strdup (set[i]), g_free);
      g_signal_connect (entry, "activate", G_CALLBACK (tag_name_commit), self);
      g_signal_connect (focus, "leave", G_CALLBACK (tag_name_leave_cb), self);
      gtk_widget_add_controller (entry, focus);

      gtk_widget_add_css_class (remove, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "interviews.remove-tag");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", set[i]);
      /* A set without tags would be the built-in set again. */
      gtk_widget_set_sensitive (remove, n > 1);
      gtk_widget_set_tooltip_text (remove, remove_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      remove_label, -1);
      gtk_box_append (GTK_BOX (row), entry);
      gtk_box_append (GTK_BOX (row), remove);
      gtk_list_box_append (self->tag_set_box, row);
      if ((int) i == focus_index)
        gtk_widget_grab_focus (entry);
    }
}

static void
new_tag_entry_activate_cb (TandemInterviews *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "interviews.add-tag", NULL);
}

/* Changes from anywhere: our edits, undo, other people's saves */

static gboolean
refresh_idle_cb (gpointer data)
{
  TandemInterviews *self = data;

  self->refresh_idle = 0;
  refresh_choices (self);
  refresh_tag_set (self);
  filters_changed_cb (self);
  sort_changed_cb (self);
  return G_SOURCE_REMOVE;
}

static void
workspace_changed_cb (TandemWorkspace  *workspace,
                      TandemObject     *object,
                      const char       *field,
                      TandemInterviews *self)
{
  if (TANDEM_IS_INTERVIEW (object))
    {
      gboolean present = tandem_workspace_lookup (workspace, tandem_object_get_id (object)) == object;

      if (field == NULL || g_str_equal (field, "customer") || g_str_equal (field, "company") ||
          g_str_equal (field, "notes"))
        {
          if (present)
            tandem_search_index_update (self->index, object);
          else
            tandem_search_index_remove (self->index, tandem_object_get_id (object));
        }
      if (field == NULL || !g_str_equal (field, "notes"))
        {
          if (self->refresh_idle == 0)
            self->refresh_idle = g_idle_add (refresh_idle_cb, self);
        }
      if (object == self->current && field != NULL)
        {
          if (g_str_equal (field, "notes") && self->editing == 0)
            load_buffer (self);
          else if (!g_str_equal (field, "notes"))
            refresh_details (self);
        }
    }
  else if (TANDEM_IS_HIGHLIGHT (object) || TANDEM_IS_HIGHLIGHT_TAG (object))
    {
      /* The filter offers the tags of highlights and the tag set. */
      if (self->refresh_idle == 0 && (field == NULL || g_str_equal (field, "tags") ||
                                      TANDEM_IS_HIGHLIGHT_TAG (object)))
        self->refresh_idle = g_idle_add (refresh_idle_cb, self);
      if (self->current != NULL)
        queue_highlights (self);
    }
  else if (TANDEM_IS_CARD (object) && field == NULL && self->current != NULL)
    queue_highlights (self);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  TandemInterviews *self = TANDEM_INTERVIEWS (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  TandemObject *interview;

  interview = tandem_workspace_create (self->workspace, TANDEM_TYPE_INTERVIEW, NULL,
                                       "customer", _("New interview"), "date", today, NULL);
  tandem_interviews_select (self, interview);
  gtk_widget_grab_focus (GTK_WIDGET (self->customer_entry));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemInterviews *self = TANDEM_INTERVIEWS (widget);
  g_autoptr(GError) error = NULL;

  if (self->current != NULL && !tandem_workspace_remove (self->workspace, self->current, &error))
    g_warning ("Could not delete the interview: %s", error->message);
}

static void
highlight_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TandemInterviews *self = TANDEM_INTERVIEWS (widget);
  g_autoptr(GError) error = NULL;
  GtkTextIter start;
  GtkTextIter end;

  if (self->current == NULL || !gtk_text_buffer_get_selection_bounds (self->buffer, &start, &end))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  if (tandem_notes_ops_add_highlight (self->workspace, TANDEM_INTERVIEW (self->current),
                                      gtk_text_iter_get_offset (&start), gtk_text_iter_get_offset (&end),
                                      &error) == NULL)
    gtk_widget_error_bell (widget);
  refresh_highlights (self);
  decorate (self);
}

static TandemObject *
lookup_highlight (TandemInterviews *self,
                  const char       *id)
{
  TandemObject *object = tandem_workspace_lookup (self->workspace, id);

  return TANDEM_IS_HIGHLIGHT (object) ? object : NULL;
}

static void
link_card_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TandemInterviews *self = TANDEM_INTERVIEWS (widget);
  const char *id;
  const char *card;
  TandemObject *highlight;

  g_variant_get (parameter, "(&s&s)", &id, &card);
  highlight = lookup_highlight (self, id);
  if (highlight == NULL || (card[0] != '\0' && !TANDEM_IS_CARD (tandem_workspace_lookup (self->workspace, card))))
    return;
  tandem_workspace_set (self->workspace, highlight, "card", card[0] != '\0' ? card : NULL, NULL);
}

static void
set_weight_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TandemInterviews *self = TANDEM_INTERVIEWS (widget);
  const char *id;
  int weight;
  TandemObject *highlight;

  g_variant_get (parameter, "(&si)", &id, &weight);
  highlight = lookup_highlight (self, id);
  if (highlight != NULL && weight >= 1 && weight <= 3)
    tandem_workspace_set (self->workspace, highlight, "weight", weight, NULL);
  queue_highlights (self);
}

static void
toggle_tag_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TandemInterviews *self = TANDEM_INTERVIEWS (widget);
  const char *id;
  const char *typed;
  g_autofree char *tag = NULL;
  TandemObject *highlight;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) tags = NULL;
  g_auto(GStrv) set = NULL;
  gboolean joins;
  gboolean had;
  const char * const *old;

  g_variant_get (parameter, "(&s&s)", &id, &typed);
  /* Stored as the tag set stores it, without white space at either end. */
  tag = g_strstrip (g_strdup (typed));
  highlight = lookup_highlight (self, id);
  if (highlight == NULL || tag[0] == '\0')
    return;
  old = tandem_object_get_list (highlight, "tags");
  had = list_has (old, tag);
  for (guint i = 0; old[i] != NULL; i++)
    if (!g_str_equal (old[i], tag))
      g_strv_builder_add (builder, old[i]);
  if (!had)
    g_strv_builder_add (builder, tag);
  tags = g_strv_builder_end (builder);
  /* A tag typed on a highlight joins the tag set, in the same undo step. */
  set = tandem_notes_ops_list_tag_set (self->workspace);
  joins = !had && !list_has ((const char * const *) set, tag);
  if (joins)
    {
      tandem_workspace_begin_group (self->workspace, _("Tag Highlight"));
      tandem_notes_ops_add_tag (self->workspace, tag, NULL);
    }
  tandem_workspace_set (self->workspace, highlight, "tags", tags[0] != NULL ? tags : NULL, NULL);
  if (joins)
    tandem_workspace_end_group (self->workspace);
  queue_highlights (self);
}

static void
add_tag_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TandemInterviews *self = TANDEM_INTERVIEWS (widget);
  g_autoptr(GError) error = NULL;

  if (tandem_notes_ops_add_tag (self->workspace, gtk_editable_get_text (GTK_EDITABLE (self->new_tag_entry)),
                                &error))
    gtk_editable_set_text (GTK_EDITABLE (self->new_tag_entry), "");
  show_tag_error (self, error);
}

static void
rename_tag_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  const char *old;
  const char *new;

  g_variant_get (parameter, "(&s&s)", &old, &new);
  rename_tag (TANDEM_INTERVIEWS (widget), old, new);
}

static void
remove_tag (TandemInterviews *self,
            const char       *tag)
{
  g_autoptr(GError) error = NULL;

  tandem_notes_ops_remove_tag (self->workspace, tag, &error);
  show_tag_error (self, error);
}

static void
remove_tag_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        TandemInterviews *self)
{
  if (g_str_equal (response, "remove") && self->workspace != NULL)
    remove_tag (self, g_object_get_data (G_OBJECT (dialog), "tag"));
}

/* A tag that highlights carry is removed from them too, in the same undo
 * step: the user confirms that first, knowing how many it touches. */
static void
remove_tag_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TandemInterviews *self = TANDEM_INTERVIEWS (widget);
  const char *tag = g_variant_get_string (parameter, NULL);
  guint uses = tandem_notes_ops_count_tag_uses (self->workspace, tag);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (uses == 0)
    {
      remove_tag (self, tag);
      return;
    }

  heading = g_strdup_printf (_("Remove Tag “%s”?"), tag);
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u highlight carries this tag. It is removed from it too.",
                                       "%u highlights carry this tag. It is removed from them too.",
                                       uses), uses);
  gtk_popover_popdown (self->tag_set_popover);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "tag", g_strdup (tag), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_tag_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_highlight_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  TandemInterviews *self = TANDEM_INTERVIEWS (widget);
  TandemObject *highlight = lookup_highlight (self, g_variant_get_string (parameter, NULL));

  if (highlight != NULL)
    tandem_workspace_remove (self->workspace, highlight, NULL);
}

static void
show_highlight_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TandemInterviews *self = TANDEM_INTERVIEWS (widget);
  TandemObject *highlight = lookup_highlight (self, g_variant_get_string (parameter, NULL));
  GtkTextIter start;
  GtkTextIter end;

  if (highlight == NULL)
    return;
  gtk_text_buffer_get_iter_at_offset (self->buffer, &start, tandem_object_get_int (highlight, "start"));
  gtk_text_buffer_get_iter_at_offset (self->buffer, &end, tandem_object_get_int (highlight, "end"));
  gtk_text_buffer_select_range (self->buffer, &start, &end);
  gtk_text_view_scroll_to_iter (self->text_view, &start, 0.1, FALSE, 0, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/* Import: one interview per .txt or .md file */

typedef struct
{
  TandemInterviews *self;
  GPtrArray        *names;
  GPtrArray        *texts;
  guint             pending;
} Import;

/* Text as the notes can hold it: valid UTF-8, Unix line ends, no control
 * characters but tabs and line breaks. */
static char *
clean_text (const char *data,
            gsize       length)
{
  g_autofree char *valid = g_utf8_make_valid (data, length);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
          continue;
        }
      if (c != '\n' && c != '\t' && (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0xfffe || c == 0xffff))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* The text of a Markdown heading ("# Title", up to six #), or NULL. */
static char *
heading_text (const char *line,
              gsize       length)
{
  gsize level = 0;

  while (level < length && line[level] == '#')
    level++;
  if (level == 0 || level > 6 || level == length || (line[level] != ' ' && line[level] != '\t'))
    return NULL;
  return g_strstrip (g_strndup (line + level, length - level));
}

/* One interview per file, titled by its first heading or else its file name.
 * A heading that opens the file becomes the title and leaves the notes; one
 * further down stays in them. */
static void
import_one (TandemInterviews *self,
            const char       *basename,
            const char       *text,
            TandemObject    **last)
{
  g_autofree char *title = NULL;
  const char *body = text;
  const char *p = text;
  gboolean first = TRUE;
  g_autoptr(TandemInterview) interview = tandem_interview_new ();
  g_autoptr(GError) error = NULL;

  while (*p != '\0' && title == NULL)
    {
      const char *eol = strchr (p, '\n');
      gsize length = eol != NULL ? (gsize) (eol - p) : strlen (p);
      const char *start = p;

      while (start < p + length && (*start == ' ' || *start == '\t'))
        start++;
      title = heading_text (start, length - (start - p));
      if (title != NULL && first)
        {
          body = eol != NULL ? eol + 1 : "";
          while (*body == '\n')
            body++;
        }
      if (start < p + length)
        first = FALSE;
      p = eol != NULL ? eol + 1 : p + length;
    }
  if (title == NULL || title[0] == '\0')
    {
      const char *dot = strrchr (basename, '.');

      g_free (title);
      title = g_strndup (basename, dot != NULL && dot != basename ? (gsize) (dot - basename) : strlen (basename));
    }
  if (title[0] == '\0')
    {
      g_free (title);
      title = g_strdup (_("Imported interview"));
    }
  tandem_object_set_detached (interview, "customer", title, "notes", body[0] != '\0' ? body : NULL, NULL);
  if (!tandem_workspace_add (self->workspace, NULL, interview, &error))
    g_warning ("Could not import %s: %s", basename, error->message);
  else
    *last = TANDEM_OBJECT (interview);
}

static void
import_finish (Import *import)
{
  TandemInterviews *self = import->self;
  TandemObject *last = NULL;

  if (self->workspace != NULL && import->texts->len > 0)
    {
      tandem_workspace_begin_group (self->workspace, _("Import interviews"));
      for (guint i = 0; i < import->texts->len; i++)
        if (g_ptr_array_index (import->texts, i) != NULL)
          import_one (self, g_ptr_array_index (import->names, i), g_ptr_array_index (import->texts, i), &last);
      tandem_workspace_end_group (self->workspace);
      if (last != NULL)
        tandem_interviews_select (self, last);
    }
  self->n_imports++;
  g_ptr_array_unref (import->names);
  g_ptr_array_unref (import->texts);
  g_object_unref (import->self);
  g_free (import);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Import *import = user_data;
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  if (g_file_load_contents_finish (G_FILE (source), result, &data, &length, NULL, &error))
    {
      g_autofree char *name = g_file_get_basename (G_FILE (source));

      g_ptr_array_add (import->names, g_steal_pointer (&name));
      g_ptr_array_add (import->texts, clean_text (data, length));
    }
  else
    g_warning ("Could not read %s: %s", g_file_peek_path (G_FILE (source)), error->message);

  if (--import->pending == 0)
    import_finish (import);
}

/**
 * tandem_interviews_import_files:
 *
 * Reads each file (plain text or Markdown) into a new interview, all in one
 * undo step: the title comes from the first heading, or else the file name.
 */
void
tandem_interviews_import_files (TandemInterviews  *self,
                                GFile            **files,
                                guint              n_files)
{
  Import *import;

  g_return_if_fail (TANDEM_IS_INTERVIEWS (self));

  if (n_files == 0 || self->workspace == NULL)
    return;
  import = g_new0 (Import, 1);
  import->self = g_object_ref (self);
  import->names = g_ptr_array_new_with_free_func (g_free);
  import->texts = g_ptr_array_new_with_free_func (g_free);
  import->pending = n_files;
  for (guint i = 0; i < n_files; i++)
    g_file_load_contents_async (files[i], NULL, loaded_cb, import);
}

static void
chooser_response_cb (GtkNativeDialog  *chooser,
                     int               response,
                     TandemInterviews *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      tandem_interviews_import_files (self, (GFile **) array->pdata, array->len);
    }
  g_object_unref (chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemInterviews *self = TANDEM_INTERVIEWS (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Interviews"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Text and Markdown"));
  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_filter_add_mime_type (filter, "text/markdown");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_filter_add_suffix (filter, "md");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
drop_cb (GtkDropTarget    *target,
         const GValue     *value,
         double            x,
         double            y,
         TandemInterviews *self)
{
  GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));
  g_autoptr(GPtrArray) array = g_ptr_array_new ();

  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *name = g_file_get_basename (l->data);

      if (name != NULL && (g_str_has_suffix (name, ".txt") || g_str_has_suffix (name, ".md") ||
                           g_str_has_suffix (name, ".markdown")))
        g_ptr_array_add (array, l->data);
    }
  g_slist_free (files);
  if (array->len == 0)
    return FALSE;
  tandem_interviews_import_files (self, (GFile **) array->pdata, array->len);
  return TRUE;
}

/* GObject */

static void
tandem_interviews_dispose (GObject *object)
{
  TandemInterviews *self = TANDEM_INTERVIEWS (object);

  tandem_interviews_set_workspace (self, NULL);
  list_unmap_cb (self);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_handle_id (&self->highlights_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_INTERVIEWS);

  G_OBJECT_CLASS (tandem_interviews_parent_class)->dispose (object);
}

static void
tandem_interviews_finalize (GObject *object)
{
  TandemInterviews *self = TANDEM_INTERVIEWS (object);

  g_clear_object (&self->index);
  g_clear_pointer (&self->results, g_hash_table_unref);
  g_clear_pointer (&self->result_array, g_ptr_array_unref);
  g_clear_pointer (&self->bound_rows, g_hash_table_unref);
  g_free (self->query);
  g_free (self->results_query);
  g_free (self->summary);
  g_free (self->filter_segment);
  g_free (self->filter_tag);
  g_free (self->filter_from);
  g_free (self->filter_to);
  g_strfreev (self->shown_tag_set);

  G_OBJECT_CLASS (tandem_interviews_parent_class)->finalize (object);
}

static void
tandem_interviews_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TandemInterviews *self = TANDEM_INTERVIEWS (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, tandem_interviews_get_workspace (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_interviews_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TandemInterviews *self = TANDEM_INTERVIEWS (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      tandem_interviews_set_workspace (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_interviews_class_init (TandemInterviewsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_interviews_dispose;
  object_class->finalize = tandem_interviews_finalize;
  object_class->get_property = tandem_interviews_get_property;
  object_class->set_property = tandem_interviews_set_property;

  properties [PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, TANDEM_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-interviews.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, segment_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, tag_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, team_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, from_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, to_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, list_view);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, customer_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, company_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, role_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, segment_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, date_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, reference_check);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, tags_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, interviewers_label);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, text_view);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, highlights_heading);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, highlights_box);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, tag_set_button);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, tag_set_popover);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, tag_set_box);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, new_tag_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemInterviews, tag_error_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_tag_entry_activate_cb);

  gtk_widget_class_install_action (widget_class, "interviews.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "interviews.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "interviews.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "interviews.highlight", NULL, highlight_action);
  gtk_widget_class_install_action (widget_class, "interviews.link-card", "(ss)", link_card_action);
  gtk_widget_class_install_action (widget_class, "interviews.set-weight", "(si)", set_weight_action);
  gtk_widget_class_install_action (widget_class, "interviews.toggle-tag", "(ss)", toggle_tag_action);
  gtk_widget_class_install_action (widget_class, "interviews.remove-highlight", "s", remove_highlight_action);
  gtk_widget_class_install_action (widget_class, "interviews.add-tag", NULL, add_tag_action);
  gtk_widget_class_install_action (widget_class, "interviews.rename-tag", "(ss)", rename_tag_action);
  gtk_widget_class_install_action (widget_class, "interviews.remove-tag", "s", remove_tag_action);
  gtk_widget_class_install_action (widget_class, "interviews.show-highlight", "s", show_highlight_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK, "interviews.highlight", NULL);
}

static void
tandem_interviews_init (TandemInterviews *self)
{
  static gsize css_loaded;
  static const char * const details[][2] = {
    { "customer_entry", "customer" }, { "company_entry", "company" }, { "role_entry", "role" },
    { "segment_entry", "segment" }, { "date_entry", "date" }, { "tags_entry", "tags" },
  };
  GtkEntry *entries[G_N_ELEMENTS (details)];
  GtkListItemFactory *factory;
  GtkDropTarget *drop;
  const char *any_segment[] = { _("Any segment"), NULL };
  const char *any_tag[] = { _("Any tag"), NULL };

  gtk_widget_init_template (GTK_WIDGET (self));

  if (g_once_init_enter (&css_loaded))
    {
      GtkCssProvider *provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/tandem-interviews.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_once_init_leave (&css_loaded, 1);
    }

  self->index = tandem_search_index_new ();
  self->bound_rows = g_hash_table_new (NULL, NULL);
  /* Search as the user types: the index answers within a frame. */
  gtk_search_entry_set_search_delay (self->search_entry, 0);

  self->segments = gtk_string_list_new (any_segment);
  self->tags = gtk_string_list_new (any_tag);
  gtk_drop_down_set_model (self->segment_dropdown, G_LIST_MODEL (self->segments));
  gtk_drop_down_set_model (self->tag_dropdown, G_LIST_MODEL (self->tags));
  g_object_unref (self->segments);
  g_object_unref (self->tags);
  g_signal_connect_swapped (self->segment_dropdown, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->tag_dropdown, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->team_dropdown, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->sort_dropdown, "notify::selected", G_CALLBACK (sort_changed_cb), self);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->sorter = gtk_custom_sorter_new (sort_func, self, NULL);
  /* Sorted, then filtered: a search keystroke only filters again, rather
   * than sorting what it leaves each time. */
  self->sort_model = gtk_sort_list_model_new (NULL, GTK_SORTER (self->sorter));
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (self->sort_model), GTK_FILTER (self->filter));
  g_signal_connect_swapped (self->filter_model, "items-changed", G_CALLBACK (update_count), self);
  g_signal_connect_swapped (self->filter_model, "items-changed", G_CALLBACK (view_changed_cb), self);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filter_model));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->list_view, "map", G_CALLBACK (list_map_cb), self);
  g_signal_connect_swapped (self->list_view, "unmap", G_CALLBACK (list_unmap_cb), self);
  g_object_unref (self->selection);

  self->buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_set_enable_undo (self->buffer, FALSE);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("highlight-%u", i + 1);
      const char *colors[] = { "rgba(246,211,45,0.35)", "rgba(246,211,45,0.6)", "rgba(245,194,17,0.9)" };

      self->highlight_tags[i] = gtk_text_buffer_create_tag (self->buffer, name, "background", colors[i], NULL);
    }
  self->unanchored_tag = gtk_text_buffer_create_tag (self->buffer, "unanchored",
                                                     "underline", PANGO_UNDERLINE_ERROR, NULL);
  self->match_tag = gtk_text_buffer_create_tag (self->buffer, "search-match",
                                                "background", "rgba(53,132,228,0.35)",
                                                "weight", PANGO_WEIGHT_BOLD, NULL);
  g_signal_connect (self->buffer, "insert-text", G_CALLBACK (insert_text_cb), self);
  g_signal_connect (self->buffer, "delete-range", G_CALLBACK (delete_range_cb), self);
  g_signal_connect_after (self->buffer, "changed", G_CALLBACK (changed_after_cb), self);

  entries[0] = self->customer_entry;
  entries[1] = self->company_entry;
  entries[2] = self->role_entry;
  entries[3] = self->segment_entry;
  entries[4] = self->date_entry;
  entries[5] = self->tags_entry;
  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_object_set_data (G_OBJECT (entries[i]), "field", (gpointer) details[i][1]);
      g_signal_connect_swapped (entries[i], "activate", G_CALLBACK (commit_entry), self);
      g_signal_connect (focus, "leave", G_CALLBACK (entry_leave_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (entries[i]), focus);
    }
  g_signal_connect_swapped (self->reference_check, "toggled", G_CALLBACK (reference_toggled_cb), self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interviews.delete", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interviews.highlight", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interviews.add", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interviews.import", FALSE);
}

GtkWidget *
tandem_interviews_new (void)
{
  return g_object_new (TANDEM_TYPE_INTERVIEWS, NULL);
}

TandemWorkspace *
tandem_interviews_get_workspace (TandemInterviews *self)
{
  g_return_val_if_fail (TANDEM_IS_INTERVIEWS (self), NULL);

  return self->workspace;
}

void
tandem_interviews_set_workspace (TandemInterviews *self,
                                 TandemWorkspace  *workspace)
{
  g_return_if_fail (TANDEM_IS_INTERVIEWS (self));
  g_return_if_fail (workspace == NULL || TANDEM_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_cancellable_cancel (self->index_cancellable);
  g_clear_object (&self->index_cancellable);
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_handle_id (&self->fill_idle, g_source_remove);
  g_clear_object (&self->current);
  g_set_object (&self->workspace, workspace);

  g_clear_object (&self->index);
  self->index = tandem_search_index_new ();
  self->index_ready = FALSE;
  g_clear_pointer (&self->results, g_hash_table_unref);
  g_clear_pointer (&self->result_array, g_ptr_array_unref);

  if (self->sort_model != NULL)
    gtk_sort_list_model_set_model (self->sort_model,
                                   workspace != NULL ? G_LIST_MODEL (tandem_workspace_get_interviews (workspace)) : NULL);
  if (workspace != NULL)
    {
      g_signal_connect (workspace, "changed", G_CALLBACK (workspace_changed_cb), self);
      refresh_choices (self);
      /* A segment or tag the new workspace lacks is no longer selected. */
      if (read_filters (self))
        gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
      refresh_tag_set (self);
      self->fill_idle = g_idle_add_full (G_PRIORITY_LOW, fill_index_idle, self, NULL);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interviews.add", workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interviews.import", workspace != NULL);
  if (self->detail_stack != NULL)
    refresh_editor (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WORKSPACE]);
}

const char *
tandem_interviews_get_summary (TandemInterviews *self)
{
  g_return_val_if_fail (TANDEM_IS_INTERVIEWS (self), NULL);

  return self->summary;
}

void
tandem_interviews_set_summary (TandemInterviews *self,
                               const char       *summary)
{
  g_return_if_fail (TANDEM_IS_INTERVIEWS (self));

  g_free (self->summary);
  self->summary = g_strdup (summary);
  update_count (self);
}

TandemObject *
tandem_interviews_get_selected (TandemInterviews *self)
{
  g_return_val_if_fail (TANDEM_IS_INTERVIEWS (self), NULL);

  return self->current;
}

/**
 * tandem_interviews_select:
 * @interview: (nullable): an interview to show, or %NULL for none
 *
 * Selects @interview in the list, clearing filters that hide it.
 */
void
tandem_interviews_select (TandemInterviews *self,
                          TandemObject     *interview)
{
  GListModel *model;
  guint n;

  g_return_if_fail (TANDEM_IS_INTERVIEWS (self));

  if (interview == NULL)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      return;
    }
  model = G_LIST_MODEL (self->filter_model);
  for (int attempt = 0; attempt < 2; attempt++)
    {
      n = g_list_model_get_n_items (model);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TandemObject) item = g_list_model_get_item (model, i);

          if (item == interview)
            {
              gtk_single_selection_set_selected (self->selection, i);
              gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
              return;
            }
        }
      /* Hidden by a filter: show everything. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->segment_dropdown, 0);
      gtk_drop_down_set_selected (self->tag_dropdown, 0);
      gtk_drop_down_set_selected (self->team_dropdown, 0);
      gtk_editable_set_text (GTK_EDITABLE (self->from_entry), "");
      gtk_editable_set_text (GTK_EDITABLE (self->to_entry), "");
      run_search (self);
    }
}

GtkTextView *
_tandem_interviews_get_text_view (TandemInterviews *self)
{
  return self->text_view;
}

GtkEditable *
_tandem_interviews_get_search_entry (TandemInterviews *self)
{
  return GTK_EDITABLE (self->search_entry);
}

GtkListBox *
_tandem_interviews_get_highlights_box (TandemInterviews *self)
{
  return self->highlights_box;
}

guint
_tandem_interviews_get_n_shown (TandemInterviews *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

gboolean
_tandem_interviews_is_index_ready (TandemInterviews *self)
{
  return self->index_ready;
}

guint
_tandem_interviews_get_n_searches (TandemInterviews *self)
{
  return self->n_searches;
}

gint64
_tandem_interviews_get_last_search_usec (TandemInterviews *self)
{
  return self->last_search_usec;
}

static GtkWidget *
row_of (TandemInterviews *self,
        TandemObject     *interview)
{
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    if (gtk_list_item_get_item (item) == (gpointer) interview)
      return gtk_list_item_get_child (item);
  return NULL;
}

/* The snippet the row of @interview shows, as markup; %NULL when it shows
 * none or @interview has no row. */
const char *
_tandem_interviews_get_snippet (TandemInterviews *self,
                                TandemObject     *interview)
{
  GtkWidget *row = row_of (self, interview);
  GtkWidget *snippet = row != NULL ? gtk_widget_get_last_child (row) : NULL;

  return snippet != NULL && gtk_widget_get_visible (snippet) ? tandem_snippet_get_markup (TANDEM_SNIPPET (snippet)) : NULL;
}

/* The first line the row of @interview shows; %NULL when it has no row. */
const char *
_tandem_interviews_get_row_title (TandemInterviews *self,
                                  TandemObject     *interview)
{
  GtkWidget *row = row_of (self, interview);

  return row != NULL ? gtk_label_get_label (GTK_LABEL (gtk_widget_get_first_child (row))) : NULL;
}

guint
_tandem_interviews_get_n_imports (TandemInterviews *self)
{
  return self->n_imports;
}
