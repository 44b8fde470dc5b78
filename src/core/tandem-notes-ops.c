/* tandem-notes-ops.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-notes-ops"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tandem-board-ops.h"
#include "tandem-card.h"
#include "tandem-collection.h"
#include "tandem-highlight-tag.h"
#include "tandem-notes-ops.h"
#include "tandem-object-private.h"
#include "tandem-rank.h"

/* Interview notes and the highlights anchored in them.  A highlight is the
 * character range [start, end) of its interview's notes plus the quoted text;
 * edits of the notes move and resize the highlights in the same undo step, and
 * when the notes changed somewhere else (another editor, a merge) the quote
 * finds its place again. */

/**
 * tandem_notes_ops_map_range:
 * @start: (inout): the first character of a highlight
 * @end: (inout): the character after its last
 * @offset: where the edit starts, in characters
 * @n_deleted: how many characters it deletes from @offset
 * @n_inserted: how many characters it inserts at @offset
 *
 * Moves a highlight across an edit of its notes.  Text typed at either edge
 * stays outside the highlight; text typed inside it grows it; deleting part
 * of it shrinks it; text that replaces part of it becomes part of it.
 *
 * Returns: %FALSE when every character of the highlight was deleted (even if
 *   other text replaces them): the highlight has nothing left to quote and
 *   tandem_notes_ops_edit() removes it, undoably.
 */
gboolean
tandem_notes_ops_map_range (int *start,
                            int *end,
                            int  offset,
                            int  n_deleted,
                            int  n_inserted)
{
  int s = *start;
  int e = *end;

  g_return_val_if_fail (start != NULL && end != NULL, FALSE);
  g_return_val_if_fail (offset >= 0 && n_deleted >= 0 && n_inserted >= 0, FALSE);

  if (n_deleted > 0 && offset <= s && e <= offset + n_deleted)
    {
      *start = *end = offset;
      return FALSE;
    }

  if (n_deleted == 0)
    {
      *start = s < offset ? s : s + n_inserted;
      *end = e <= offset ? e : e + n_inserted;
      return TRUE;
    }

  if (s < offset)
    *start = s;
  else if (s >= offset + n_deleted)
    *start = s - n_deleted + n_inserted;
  else
    *start = offset;

  if (e <= offset)
    *end = e;
  else if (e >= offset + n_deleted)
    *end = e - n_deleted + n_inserted;
  else
    *end = offset + n_inserted;

  return *end > *start;
}

/**
 * tandem_notes_ops_substring:
 * @notes: (nullable): UTF-8 text
 *
 * Returns: (transfer full): characters [@start, @end) of @notes, clamped to
 *   the text.
 */
char *
tandem_notes_ops_substring (const char *notes,
                            int         start,
                            int         end)
{
  const char *from;
  const char *to;
  glong length;

  if (notes == NULL)
    return g_strdup ("");
  length = g_utf8_strlen (notes, -1);
  start = CLAMP (start, 0, length);
  end = CLAMP (end, start, length);
  from = g_utf8_offset_to_pointer (notes, start);
  to = g_utf8_offset_to_pointer (from, end - start);
  return g_strndup (from, to - from);
}

/**
 * tandem_notes_ops_find_quote:
 * @notes: (nullable): the interview's notes
 * @quote: the highlighted text
 * @near: where the quote was, in characters
 * @start: (out): where the occurrence nearest @near starts
 * @end: (out): where it ends
 *
 * Returns: whether @quote occurs in @notes at all.
 */
gboolean
tandem_notes_ops_find_quote (const char *notes,
                             const char *quote,
                             int         near,
                             int        *start,
                             int        *end)
{
  const char *scanned;
  const char *hit;
  glong position = 0;
  glong best = -1;

  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  if (notes == NULL || quote == NULL || quote[0] == '\0')
    return FALSE;

  scanned = notes;
  for (hit = strstr (notes, quote); hit != NULL; hit = strstr (g_utf8_next_char (hit), quote))
    {
      position += g_utf8_strlen (scanned, hit - scanned);
      scanned = hit;
      if (best < 0 || ABS (position - near) < ABS (best - near))
        best = position;
      else if (position > near)
        break;
    }
  if (best < 0)
    return FALSE;

  *start = best;
  *end = best + g_utf8_strlen (quote, -1);
  return TRUE;
}

/**
 * tandem_notes_ops_is_anchored:
 * @notes: (nullable): the notes of @highlight's interview
 *
 * Returns: whether @highlight's range of @notes holds its quote.
 */
gboolean
tandem_notes_ops_is_anchored (TandemHighlight *highlight,
                              const char      *notes)
{
  TandemObject *object = TANDEM_OBJECT (highlight);
  g_autofree char *text = NULL;

  g_return_val_if_fail (TANDEM_IS_HIGHLIGHT (highlight), FALSE);

  text = tandem_notes_ops_substring (notes, tandem_object_get_int (object, "start"),
                                     tandem_object_get_int (object, "end"));
  return g_strcmp0 (text, tandem_object_get_string (object, "quote")) == 0;
}

static GPtrArray *
list_highlights (TandemInterview *interview)
{
  GListModel *children = G_LIST_MODEL (tandem_object_get_children (TANDEM_OBJECT (interview)));
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    g_ptr_array_add (out, g_list_model_get_item (children, i));
  return out;
}

/**
 * tandem_notes_ops_edit:
 * @interview: an interview of @workspace
 * @offset: where the edit starts, in characters of the notes
 * @n_deleted: how many characters it deletes
 * @inserted: (nullable): the text it inserts at @offset
 * @flags: %TANDEM_EDIT_COALESCE while typing within a word, so that undo
 *   reverts a burst of typing (or of deleting: insertions and deletions
 *   never join each other); %TANDEM_EDIT_NONE at a word boundary
 *
 * Edits an interview's notes and moves its highlights along (see
 * tandem_notes_ops_map_range()), in one undo step.  A highlight whose every
 * character is deleted is removed in the same step, so undo brings it back
 * with its tags and card.  Highlights whose text changed get their quote
 * updated, so that they can be found again by it.
 *
 * Returns: %FALSE, with @error set, when the range is outside the notes or
 *   the text cannot be stored (control characters).
 */
gboolean
tandem_notes_ops_edit (TandemWorkspace  *workspace,
                       TandemInterview  *interview,
                       int               offset,
                       int               n_deleted,
                       const char       *inserted,
                       TandemEditFlags   flags,
                       GError          **error)
{
  const char *notes;
  g_autoptr(GString) text = NULL;
  g_autoptr(GPtrArray) highlights = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  const char *from;
  const char *to;
  glong length;
  int n_inserted;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (TANDEM_IS_INTERVIEW (interview), FALSE);

  if (inserted == NULL)
    inserted = "";
  if (!g_utf8_validate (inserted, -1, NULL))
    {
      g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE,
                   _("The inserted text is not valid UTF-8"));
      return FALSE;
    }
  notes = tandem_object_get_string (TANDEM_OBJECT (interview), "notes");
  if (notes == NULL)
    notes = "";
  length = g_utf8_strlen (notes, -1);
  if (offset < 0 || n_deleted < 0 || offset > length || n_deleted > length - offset)
    {
      g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE,
                   _("Characters %d to %d are not within the notes (%ld characters)"),
                   offset, offset + n_deleted, length);
      return FALSE;
    }
  n_inserted = g_utf8_strlen (inserted, -1);
  if (n_deleted == 0 && n_inserted == 0)
    return TRUE;

  from = g_utf8_offset_to_pointer (notes, offset);
  to = g_utf8_offset_to_pointer (from, n_deleted);
  text = g_string_sized_new (strlen (notes) + strlen (inserted));
  g_string_append_len (text, notes, from - notes);
  g_string_append (text, inserted);
  g_string_append (text, to);

  /* Typing and deleting are separate steps: each joins only its own kind. */
  tandem_workspace_begin_group_full (workspace,
                                     n_deleted == 0 ? _("Typing in notes")
                                     : n_inserted == 0 ? _("Deleting from notes") : _("Editing notes"),
                                     interview, flags);

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text->len > 0 ? text->str : NULL);
  if (!tandem_workspace_set_value (workspace, interview, "notes", &value, error))
    {
      tandem_workspace_end_group (workspace);
      return FALSE;
    }

  highlights = list_highlights (interview);
  for (guint i = 0; i < highlights->len; i++)
    {
      TandemObject *highlight = g_ptr_array_index (highlights, i);
      int start = tandem_object_get_int (highlight, "start");
      int end = tandem_object_get_int (highlight, "end");
      int old_start = start;
      int old_end = end;

      if (!tandem_notes_ops_map_range (&start, &end, offset, n_deleted, n_inserted))
        {
          tandem_workspace_remove (workspace, highlight, NULL);
          continue;
        }

      /* Only a highlight the edit touched can have new text. */
      if (start <= offset + n_inserted && end >= offset)
        {
          g_autofree char *quote = tandem_notes_ops_substring (text->str, start, end);

          tandem_workspace_set (workspace, highlight, "start", start, "end", end,
                                "quote", quote, NULL);
        }
      else if (start != old_start || end != old_end)
        tandem_workspace_set (workspace, highlight, "start", start, "end", end, NULL);
    }

  tandem_workspace_end_group (workspace);
  return TRUE;
}

/**
 * tandem_notes_ops_add_highlight:
 * @start: the first character of the quote in the notes
 * @end: the character after its last
 *
 * Highlights characters [@start, @end) of the interview's notes, as one undo
 * step.  Weight, card and tags are set afterwards with tandem_workspace_set().
 *
 * Returns: (transfer none) (nullable): the new highlight, or %NULL with
 *   @error set when the range is empty or outside the notes.
 */
TandemHighlight *
tandem_notes_ops_add_highlight (TandemWorkspace  *workspace,
                                TandemInterview  *interview,
                                int               start,
                                int               end,
                                GError          **error)
{
  g_autoptr(TandemHighlight) highlight = NULL;
  const char *notes;
  g_autofree char *quote = NULL;
  glong length;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (TANDEM_IS_INTERVIEW (interview), NULL);

  notes = tandem_object_get_string (TANDEM_OBJECT (interview), "notes");
  length = notes != NULL ? g_utf8_strlen (notes, -1) : 0;
  if (start < 0 || end <= start || end > length)
    {
      g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE,
                   _("Select some text of the notes to highlight"));
      return NULL;
    }

  quote = tandem_notes_ops_substring (notes, start, end);
  highlight = tandem_highlight_new ();
  tandem_object_set_detached (highlight, "start", start, "end", end, "quote", quote, NULL);
  if (!tandem_workspace_add (workspace, interview, highlight, error))
    return NULL;
  return highlight;
}

static gboolean
is_unanchored (TandemObject *highlight)
{
  guint index;

  if (tandem_object_class_find_field (TANDEM_OBJECT_GET_CLASS (highlight), "unanchored", &index) == NULL)
    g_assert_not_reached ();
  return g_value_get_boolean (tandem_object_get_value (highlight, index));
}

/* Where @highlight belongs in @notes now: TRUE with its range when found
 * (maybe where it already is), FALSE when its quote is gone. */
static gboolean
locate (TandemObject *highlight,
        const char   *notes,
        int          *start,
        int          *end)
{
  *start = tandem_object_get_int (highlight, "start");
  *end = tandem_object_get_int (highlight, "end");
  if (tandem_notes_ops_is_anchored (TANDEM_HIGHLIGHT (highlight), notes))
    return TRUE;
  return tandem_notes_ops_find_quote (notes, tandem_object_get_string (highlight, "quote"),
                                      *start, start, end);
}

/**
 * tandem_notes_ops_reanchor:
 *
 * Finds each highlight's quote again after the notes changed outside
 * tandem_notes_ops_edit() (in another editor, by someone else): a highlight
 * whose range no longer holds its quote moves to the occurrence nearest to
 * where it was; one whose quote is gone stays where it was, flagged
 * "unanchored" for the user to look at.  One undo step.
 *
 * Returns: how many highlights moved or changed flag.
 */
guint
tandem_notes_ops_reanchor (TandemWorkspace *workspace,
                           TandemInterview *interview)
{
  g_autoptr(GPtrArray) highlights = NULL;
  const char *notes;
  guint n_changed = 0;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), 0);
  g_return_val_if_fail (TANDEM_IS_INTERVIEW (interview), 0);

  notes = tandem_object_get_string (TANDEM_OBJECT (interview), "notes");
  highlights = list_highlights (interview);
  tandem_workspace_begin_group (workspace, _("Find highlights again"));
  for (guint i = 0; i < highlights->len; i++)
    {
      TandemObject *highlight = g_ptr_array_index (highlights, i);
      gboolean was_unanchored = is_unanchored (highlight);
      int start;
      int end;

      if (locate (highlight, notes, &start, &end))
        {
          if (start == tandem_object_get_int (highlight, "start") &&
              end == tandem_object_get_int (highlight, "end") && !was_unanchored)
            continue;
          tandem_workspace_set (workspace, highlight, "start", start, "end", end,
                                "unanchored", FALSE, NULL);
        }
      else if (!was_unanchored)
        tandem_workspace_set (workspace, highlight, "unanchored", TRUE, NULL);
      else
        continue;
      n_changed++;
    }
  tandem_workspace_end_group (workspace);
  return n_changed;
}

static void
set_detached_field (TandemObject *object,
                    const char   *field,
                    const GValue *value)
{
  guint index;

  if (tandem_object_class_find_field (TANDEM_OBJECT_GET_CLASS (object), field, &index) == NULL)
    g_assert_not_reached ();
  _tandem_object_set_value (object, index, value);
}

/**
 * tandem_notes_ops_reanchor_highlight_detached:
 * @highlight: a highlight of an interview that no one sees yet (the result
 *   of a merge)
 *
 * As tandem_notes_ops_reanchor() for one highlight, in place: without undo
 * or stamps.
 *
 * Returns: whether the highlight moved or changed flag.
 */
gboolean
tandem_notes_ops_reanchor_highlight_detached (TandemHighlight *highlight)
{
  TandemObject *object = TANDEM_OBJECT (highlight);
  TandemObject *interview;
  g_auto(GValue) start_value = G_VALUE_INIT;
  g_auto(GValue) end_value = G_VALUE_INIT;
  g_auto(GValue) flag = G_VALUE_INIT;
  gboolean found;
  int start;
  int end;

  g_return_val_if_fail (TANDEM_IS_HIGHLIGHT (highlight), FALSE);

  interview = tandem_object_get_parent (object);
  found = locate (object, interview != NULL ? tandem_object_get_string (interview, "notes") : NULL,
                  &start, &end);
  if (found == !is_unanchored (object) && start == tandem_object_get_int (object, "start") &&
      end == tandem_object_get_int (object, "end"))
    return FALSE;

  g_value_init (&flag, G_TYPE_BOOLEAN);
  g_value_set_boolean (&flag, !found);
  set_detached_field (object, "unanchored", &flag);
  if (found)
    {
      g_value_init (&start_value, G_TYPE_INT);
      g_value_set_int (&start_value, start);
      g_value_init (&end_value, G_TYPE_INT);
      g_value_set_int (&end_value, end);
      set_detached_field (object, "start", &start_value);
      set_detached_field (object, "end", &end_value);
    }
  return TRUE;
}

/**
 * tandem_notes_ops_reanchor_detached:
 *
 * tandem_notes_ops_reanchor_highlight_detached() for each highlight of
 * @interview.
 *
 * Returns: how many highlights moved or changed flag.
 */
guint
tandem_notes_ops_reanchor_detached (TandemInterview *interview)
{
  g_autoptr(GPtrArray) highlights = NULL;
  guint n_changed = 0;

  g_return_val_if_fail (TANDEM_IS_INTERVIEW (interview), 0);

  highlights = list_highlights (interview);
  for (guint i = 0; i < highlights->len; i++)
    if (tandem_notes_ops_reanchor_highlight_detached (g_ptr_array_index (highlights, i)))
      n_changed++;
  return n_changed;
}

static void
for_each_highlight (TandemWorkspace *workspace,
                    const char      *card_id,
                    GPtrArray       *highlights,
                    guint           *n_interviews,
                    guint           *weight)
{
  GListModel *interviews = G_LIST_MODEL (tandem_workspace_get_interviews (workspace));

  for (guint i = 0; i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(TandemObject) interview = g_list_model_get_item (interviews, i);
      GListModel *children = G_LIST_MODEL (tandem_object_get_children (interview));
      gboolean counted = FALSE;

      for (guint k = 0; k < g_list_model_get_n_items (children); k++)
        {
          g_autoptr(TandemObject) highlight = g_list_model_get_item (children, k);

          if (g_strcmp0 (tandem_object_get_string (highlight, "card"), card_id) != 0)
            continue;
          if (!counted)
            (*n_interviews)++;
          counted = TRUE;
          *weight += tandem_object_get_int (highlight, "weight");
          if (highlights != NULL)
            g_ptr_array_add (highlights, g_object_ref (highlight));
        }
    }
}

/**
 * tandem_notes_ops_get_evidence:
 * @card_id: the id of a card
 * @n_interviews: (out) (optional): how many distinct interviews back the card
 * @weight: (out) (optional): the summed weight (1–3 each) of its highlights
 *
 * What a card shows as its evidence.
 */
void
tandem_notes_ops_get_evidence (TandemWorkspace *workspace,
                               const char      *card_id,
                               guint           *n_interviews,
                               guint           *weight)
{
  guint n = 0;
  guint w = 0;

  g_return_if_fail (TANDEM_IS_WORKSPACE (workspace));
  g_return_if_fail (card_id != NULL);

  for_each_highlight (workspace, card_id, NULL, &n, &w);
  if (n_interviews != NULL)
    *n_interviews = n;
  if (weight != NULL)
    *weight = w;
}

/**
 * tandem_notes_ops_list_evidence:
 * @card_id: the id of a card
 *
 * Returns: (transfer full) (element-type TandemHighlight): the highlights
 *   linked to the card, in interview order; each one's interview is its
 *   parent.
 */
GPtrArray *
tandem_notes_ops_list_evidence (TandemWorkspace *workspace,
                                const char      *card_id)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = 0;
  guint w = 0;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), out);
  g_return_val_if_fail (card_id != NULL, out);

  for_each_highlight (workspace, card_id, out, &n, &w);
  return out;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The highlight tag set */

/* The workspace's tag objects by rank.  Two people who each edited a workspace
 * that had no tag set of its own both copied the defaults in, so after a merge
 * a name can come twice: callers treat objects of one name as one tag. */
static GPtrArray *
sorted_tag_objects (TandemWorkspace *workspace)
{
  return tandem_board_list_ranked (tandem_workspace_get_container (workspace, "highlight-tags"));
}

/**
 * tandem_notes_ops_list_tag_set:
 *
 * Returns: (transfer full): the workspace's highlight tag set in its order:
 *   the tags it stores, or the default set (pain, need, quote, competitor,
 *   pricing, praise) when it stores none.
 */
char **
tandem_notes_ops_list_tag_set (TandemWorkspace *workspace)
{
  static const char * const defaults[] = { TANDEM_NOTES_OPS_DEFAULT_TAGS, NULL };
  g_autoptr(GPtrArray) objects = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);

  objects = sorted_tag_objects (workspace);
  if (objects->len == 0)
    return g_strdupv ((GStrv) defaults);
  for (guint i = 0; i < objects->len; i++)
    {
      const char *name = tandem_object_get_string (g_ptr_array_index (objects, i), "name");

      if (name != NULL && g_hash_table_add (seen, (gpointer) name))
        g_strv_builder_add (builder, name);
    }
  return g_strv_builder_end (builder);
}

/**
 * tandem_notes_ops_list_tags:
 *
 * Returns: (transfer full): the tags to offer for highlights: the tag set
 *   (see tandem_notes_ops_list_tag_set()) and every other tag a highlight of
 *   the workspace already carries, in that order.
 */
char **
tandem_notes_ops_list_tags (TandemWorkspace *workspace)
{
  GListModel *interviews = G_LIST_MODEL (tandem_workspace_get_interviews (workspace));
  g_auto(GStrv) set = tandem_notes_ops_list_tag_set (workspace);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) extra = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; set[i] != NULL; i++)
    {
      g_hash_table_add (seen, set[i]);
      g_strv_builder_add (builder, set[i]);
    }
  for (guint i = 0; i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(TandemObject) interview = g_list_model_get_item (interviews, i);
      GListModel *children = G_LIST_MODEL (tandem_object_get_children (interview));

      for (guint k = 0; k < g_list_model_get_n_items (children); k++)
        {
          g_autoptr(TandemObject) highlight = g_list_model_get_item (children, k);
          const char * const *tags = tandem_object_get_list (highlight, "tags");

          for (guint t = 0; tags[t] != NULL; t++)
            if (g_hash_table_add (seen, (gpointer) tags[t]))
              g_ptr_array_add (extra, (gpointer) tags[t]);
        }
    }
  g_ptr_array_sort (extra, compare_strings);
  for (guint i = 0; i < extra->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (extra, i));
  return g_strv_builder_end (builder);
}

/**
 * tandem_notes_ops_interview_has_tag:
 *
 * Returns: whether @interview carries @tag or one of its highlights does.
 */
gboolean
tandem_notes_ops_interview_has_tag (TandemInterview *interview,
                                    const char      *tag)
{
  GListModel *highlights;

  g_return_val_if_fail (TANDEM_IS_INTERVIEW (interview), FALSE);
  g_return_val_if_fail (tag != NULL, FALSE);

  if (g_strv_contains (tandem_object_get_list (TANDEM_OBJECT (interview), "tags"), tag))
    return TRUE;
  highlights = G_LIST_MODEL (tandem_object_get_children (TANDEM_OBJECT (interview)));
  for (guint i = 0; i < g_list_model_get_n_items (highlights); i++)
    {
      g_autoptr(TandemObject) highlight = g_list_model_get_item (highlights, i);

      if (g_strv_contains (tandem_object_get_list (highlight, "tags"), tag))
        return TRUE;
    }
  return FALSE;
}

/* Counts the highlights of the workspace that carry @tag and, with @out,
 * collects them, so that the caller may change them afterwards. */
static guint
collect_tagged (TandemWorkspace *workspace,
                const char      *tag,
                GPtrArray       *out)
{
  GListModel *interviews = G_LIST_MODEL (tandem_workspace_get_interviews (workspace));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(TandemObject) interview = g_list_model_get_item (interviews, i);
      GListModel *children = G_LIST_MODEL (tandem_object_get_children (interview));

      for (guint k = 0; k < g_list_model_get_n_items (children); k++)
        {
          g_autoptr(TandemObject) highlight = g_list_model_get_item (children, k);
          const char * const *tags = tandem_object_get_list (highlight, "tags");

          if (!g_strv_contains (tags, tag))
            continue;
          n++;
          if (out != NULL)
            g_ptr_array_add (out, g_steal_pointer (&highlight));
        }
    }
  return n;
}

/**
 * tandem_notes_ops_count_tag_uses:
 *
 * Returns: how many highlights of the workspace carry @tag.
 */
guint
tandem_notes_ops_count_tag_uses (TandemWorkspace *workspace,
                                 const char      *tag)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), 0);
  g_return_val_if_fail (tag != NULL, 0);

  return collect_tagged (workspace, tag, NULL);
}

/* Replaces @old by @new (or drops it, for %NULL) in the tags of every
 * highlight that carries @old. */
static void
retag_highlights (TandemWorkspace *workspace,
                  const char      *old,
                  const char      *new)
{
  g_autoptr(GPtrArray) highlights = g_ptr_array_new_with_free_func (g_object_unref);

  collect_tagged (workspace, old, highlights);
  for (guint i = 0; i < highlights->len; i++)
    {
      TandemObject *highlight = g_ptr_array_index (highlights, i);
      const char * const *tags = tandem_object_get_list (highlight, "tags");
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      g_auto(GStrv) result = NULL;

      for (guint t = 0; tags[t] != NULL; t++)
        {
          const char *tag = g_str_equal (tags[t], old) ? new : tags[t];

          if (tag != NULL && g_hash_table_add (seen, (gpointer) tag))
            g_strv_builder_add (builder, tag);
        }
      result = g_strv_builder_end (builder);
      tandem_workspace_set (workspace, highlight, "tags", result[0] != NULL ? result : NULL, NULL);
    }
}

/* Copies the default set into a workspace that has no tag set of its own, so
 * that it can be edited there.  Call it inside an undo group. */
static void
ensure_tag_set (TandemWorkspace *workspace)
{
  static const char * const defaults[] = { TANDEM_NOTES_OPS_DEFAULT_TAGS };
  g_auto(GStrv) ranks = NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_container (workspace, "highlight-tags"))) > 0)
    return;
  ranks = tandem_rank_sequence (NULL, NULL, G_N_ELEMENTS (defaults));
  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    tandem_workspace_create (workspace, TANDEM_TYPE_HIGHLIGHT_TAG, NULL,
                             "name", defaults[i], "rank", ranks[i], NULL);
}

/* A tag's name as stored: no white space at either end, never empty, and not
 * one the set has already (other than @except, the tag being renamed). */
static char *
check_tag_name (TandemWorkspace  *workspace,
                const char       *name,
                const char       *except,
                GError          **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (name));
  g_auto(GStrv) set = NULL;

  if (clean[0] == '\0')
    {
      g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE,
                   _("A tag needs a name"));
      return NULL;
    }
  set = tandem_notes_ops_list_tag_set (workspace);
  if (g_strv_contains ((const char * const *) set, clean) && g_strcmp0 (clean, except) != 0)
    {
      g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE,
                   _("There is already a tag “%s”"), clean);
      return NULL;
    }
  return g_steal_pointer (&clean);
}

static gboolean
check_in_set (TandemWorkspace  *workspace,
              const char       *name,
              GError          **error)
{
  g_auto(GStrv) set = tandem_notes_ops_list_tag_set (workspace);

  if (g_strv_contains ((const char * const *) set, name))
    return TRUE;
  g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE,
               _("There is no tag “%s”"), name);
  return FALSE;
}

/**
 * tandem_notes_ops_add_tag:
 * @name: the new tag
 *
 * Adds a tag at the end of the highlight tag set, as one undo step.
 *
 * Returns: %FALSE with @error set when @name is empty or already in the set.
 */
gboolean
tandem_notes_ops_add_tag (TandemWorkspace  *workspace,
                          const char       *name,
                          GError          **error)
{
  g_autofree char *clean = NULL;
  g_autoptr(GPtrArray) objects = NULL;
  g_autofree char *rank = NULL;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if ((clean = check_tag_name (workspace, name, NULL, error)) == NULL)
    return FALSE;

  tandem_workspace_begin_group (workspace, _("Add Tag"));
  ensure_tag_set (workspace);
  objects = sorted_tag_objects (workspace);
  rank = tandem_rank_between (tandem_object_get_string (g_ptr_array_index (objects, objects->len - 1), "rank"),
                              NULL);
  tandem_workspace_create (workspace, TANDEM_TYPE_HIGHLIGHT_TAG, NULL,
                           "name", clean, "rank", rank, NULL);
  tandem_workspace_end_group (workspace);
  return TRUE;
}

/**
 * tandem_notes_ops_rename_tag:
 * @old_name: a tag of the set
 * @new_name: its new name
 *
 * Renames a tag of the highlight tag set and, in the same undo step, on every
 * highlight that carries it.
 *
 * Returns: %FALSE with @error set when @old_name is not in the set, or
 *   @new_name is empty or another tag of the set.
 */
gboolean
tandem_notes_ops_rename_tag (TandemWorkspace  *workspace,
                             const char       *old_name,
                             const char       *new_name,
                             GError          **error)
{
  g_autofree char *clean = NULL;
  g_autoptr(GPtrArray) objects = NULL;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (old_name != NULL, FALSE);
  g_return_val_if_fail (new_name != NULL, FALSE);

  if (!check_in_set (workspace, old_name, error) ||
      (clean = check_tag_name (workspace, new_name, old_name, error)) == NULL)
    return FALSE;
  if (g_str_equal (clean, old_name))
    return TRUE;

  tandem_workspace_begin_group (workspace, _("Rename Tag"));
  ensure_tag_set (workspace);
  objects = sorted_tag_objects (workspace);
  for (guint i = 0; i < objects->len; i++)
    {
      TandemObject *object = g_ptr_array_index (objects, i);

      if (g_strcmp0 (tandem_object_get_string (object, "name"), old_name) == 0)
        tandem_workspace_set (workspace, object, "name", clean, NULL);
    }
  retag_highlights (workspace, old_name, clean);
  tandem_workspace_end_group (workspace);
  return TRUE;
}

/**
 * tandem_notes_ops_remove_tag:
 * @name: a tag of the set
 *
 * Removes a tag from the highlight tag set and, in the same undo step, from
 * every highlight that carries it (see tandem_notes_ops_count_tag_uses()).
 *
 * Returns: %FALSE with @error set when @name is not in the set or is its
 *   last tag: a set without tags would be the default set again.
 */
gboolean
tandem_notes_ops_remove_tag (TandemWorkspace  *workspace,
                             const char       *name,
                             GError          **error)
{
  g_auto(GStrv) set = NULL;
  g_autoptr(GPtrArray) objects = NULL;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!check_in_set (workspace, name, error))
    return FALSE;
  set = tandem_notes_ops_list_tag_set (workspace);
  if (g_strv_length (set) == 1)
    {
      g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE,
                   _("The last tag cannot be removed"));
      return FALSE;
    }

  tandem_workspace_begin_group (workspace, _("Remove Tag"));
  ensure_tag_set (workspace);
  objects = sorted_tag_objects (workspace);
  for (guint i = 0; i < objects->len; i++)
    {
      TandemObject *object = g_ptr_array_index (objects, i);

      if (g_strcmp0 (tandem_object_get_string (object, "name"), name) == 0)
        tandem_workspace_remove (workspace, object, NULL);
    }
  retag_highlights (workspace, name, NULL);
  tandem_workspace_end_group (workspace);
  return TRUE;
}
