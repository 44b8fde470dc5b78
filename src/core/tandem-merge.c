/* tandem-merge.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-merge"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tandem-conflict.h"
#include "tandem-core-enums.h"
#include "tandem-merge.h"
#include "tandem-notes-ops.h"
#include "tandem-object-private.h"
#include "tandem-workspace-private.h"

/* Three-way merge keyed on ids.  Every object is merged field by field: a
 * field changed on one side takes that side's value, lists merge as sets,
 * long text merges by lines where the edits do not overlap.  The same field
 * changed both ways keeps mine and records a TandemConflict; so does an
 * object deleted on one side and changed on the other, which is kept.  A
 * deletion that would leave a required reference dangling (a column deleted
 * while the other side added a card to it) is undone the same way.  The
 * result depends only on the three inputs. */

typedef struct _Node Node;

struct _Node
{
  TandemObject *object;     /* the merged object, not yet in a workspace */
  GPtrArray    *children;   /* Node */
};

typedef struct
{
  TandemObject *base;
  TandemObject *other;      /* the side that kept it */
  TandemSide    deleted_by;
  char         *container;  /* NULL for a child */
} Deletion;

typedef struct
{
  GPtrArray **roots;         /* Node, per workspace container */
  GHashTable *merged;        /* id → Node */
  GHashTable *deletions;     /* id → Deletion */
  GPtrArray  *conflicts;     /* TandemConflict */
} Merge;

static void
node_free (gpointer data)
{
  Node *node = data;

  g_clear_object (&node->object);
  g_ptr_array_unref (node->children);
  g_free (node);
}

static void
deletion_free (gpointer data)
{
  Deletion *deletion = data;

  g_clear_object (&deletion->base);
  g_clear_object (&deletion->other);
  g_free (deletion->container);
  g_free (deletion);
}

static Node *
node_new (TandemObject *object)
{
  Node *node = g_new0 (Node, 1);

  node->object = object;
  node->children = g_ptr_array_new_with_free_func (node_free);
  return node;
}

/* Lines, each with its newline, so that joining them gives the text back. */
static GPtrArray *
split_lines (const char *text)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  while (text != NULL && *text != '\0')
    {
      const char *end = strchr (text, '\n');
      gsize len = end != NULL ? (gsize) (end - text) + 1 : strlen (text);

      g_ptr_array_add (lines, g_strndup (text, len));
      text += len;
    }
  return lines;
}

#define LINE(array, i) ((const char *) g_ptr_array_index ((array), (i)))

/* For each line of @a, the index of the line of @b it matches in a longest
 * common subsequence, or -1. */
static int *
match_lines (GPtrArray *a,
             GPtrArray *b)
{
  guint n = a->len, m = b->len;
  guint *lcs = g_new0 (guint, (gsize) (n + 1) * (m + 1));
  int *match = g_new (int, n + 1);

#define L(i, j) lcs[(gsize) (i) * (m + 1) + (j)]
  for (guint i = n; i-- > 0; )
    for (guint j = m; j-- > 0; )
      L (i, j) = strcmp (LINE (a, i), LINE (b, j)) == 0 ? L (i + 1, j + 1) + 1
                                                          : MAX (L (i + 1, j), L (i, j + 1));
  for (guint i = 0; i < n; i++)
    match[i] = -1;
  for (guint i = 0, j = 0; i < n && j < m; )
    {
      if (strcmp (LINE (a, i), LINE (b, j)) == 0)
        match[i++] = j++;
      else if (L (i + 1, j) >= L (i, j + 1))
        i++;
      else
        j++;
    }
#undef L
  g_free (lcs);
  return match;
}

static gboolean
same_lines (GPtrArray *a,
            guint      a_start,
            guint      a_end,
            GPtrArray *b,
            guint      b_start,
            guint      b_end)
{
  if (a_end - a_start != b_end - b_start)
    return FALSE;
  for (guint i = 0; i < a_end - a_start; i++)
    if (strcmp (LINE (a, a_start + i), LINE (b, b_start + i)) != 0)
      return FALSE;
  return TRUE;
}

static void
append_lines (GString   *out,
              GPtrArray *lines,
              guint      start,
              guint      end)
{
  for (guint i = start; i < end; i++)
    g_string_append (out, LINE (lines, i));
}

/**
 * tandem_merge_text:
 * @base: (nullable): the common ancestor
 * @mine: (nullable): my version
 * @theirs: (nullable): their version
 * @conflict: (out): set when both changed the same lines
 *
 * Merges text by lines (diff3): a stretch of lines changed on one side only
 * takes that side's lines.
 *
 * Returns: (transfer full) (nullable): the merged text, or on a conflict,
 *   mine.  %NULL for an empty result.
 */
char *
tandem_merge_text (const char *base,
                   const char *mine,
                   const char *theirs,
                   gboolean   *conflict)
{
  g_autoptr(GPtrArray) b = split_lines (base);
  g_autoptr(GPtrArray) m = split_lines (mine);
  g_autoptr(GPtrArray) t = split_lines (theirs);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree int *bm = NULL;
  g_autofree int *bt = NULL;
  guint i = 0, mi = 0, ti = 0;

  *conflict = FALSE;
  if (g_strcmp0 (mine, theirs) == 0 || g_strcmp0 (theirs, base) == 0)
    return g_strdup (mine);
  if (g_strcmp0 (mine, base) == 0)
    return g_strdup (theirs);

  bm = match_lines (b, m);
  bt = match_lines (b, t);

  /* Walk the base from one line kept unchanged on both sides to the next;
   * between two such lines each side has one stretch of changes. */
  while (i <= b->len)
    {
      guint next = i;
      guint m_end, t_end;

      while (next < b->len && !(bm[next] >= 0 && bt[next] >= 0))
        next++;
      m_end = next < b->len ? (guint) bm[next] : m->len;
      t_end = next < b->len ? (guint) bt[next] : t->len;

      if (same_lines (b, i, next, m, mi, m_end))
        append_lines (out, t, ti, t_end);
      else if (same_lines (b, i, next, t, ti, t_end) || same_lines (m, mi, m_end, t, ti, t_end))
        append_lines (out, m, mi, m_end);
      else
        {
          *conflict = TRUE;
          return g_strdup (mine);
        }

      if (next == b->len)
        break;
      g_string_append (out, LINE (b, next));
      i = next + 1;
      mi = m_end + 1;
      ti = t_end + 1;
    }

  if (out->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
value_text (const TandemFieldInfo *info,
            const GValue          *value)
{
  if (info->type == TANDEM_FIELD_LIST || info->type == TANDEM_FIELD_REF_LIST)
    {
      const char * const *list = g_value_get_boxed (value);

      return list != NULL && list[0] != NULL ? g_strjoinv ("\n", (char **) list) : NULL;
    }
  return tandem_field_to_string (info, value);
}

static void
add_conflict (Merge                 *merge,
              TandemObject          *object,
              const TandemFieldInfo *info,
              TandemSide             deleted_by,
              const GValue          *base,
              const GValue          *mine,
              const GValue          *theirs)
{
  TandemConflict *conflict = tandem_conflict_new ();
  const char *id = tandem_object_get_id (object);
  g_autofree char *conflict_id = NULL;
  g_autofree char *base_text = NULL;
  g_autofree char *mine_text = NULL;
  g_autofree char *theirs_text = NULL;

  /* Derived from what conflicts, so merging twice gives the same file. */
  conflict_id = info != NULL ? g_strdup_printf ("x-%s-%s", id, info->name) : g_strdup_printf ("x-%s", id);
  if (strlen (conflict_id) > 64)
    conflict_id[64] = '\0';
  _tandem_object_set_id (TANDEM_OBJECT (conflict), conflict_id);
  if (info != NULL)
    {
      base_text = base != NULL ? value_text (info, base) : NULL;
      mine_text = value_text (info, mine);
      theirs_text = value_text (info, theirs);
    }
  tandem_object_set_detached (conflict,
                              "object", id,
                              "object-kind", tandem_object_get_kind (object),
                              "field", info != NULL ? info->name : NULL,
                              "deleted-by", deleted_by,
                              "base", base_text,
                              "mine", mine_text,
                              "theirs", theirs_text,
                              NULL);
  g_ptr_array_add (merge->conflicts, conflict);
}

static void
merge_list (const GValue *base,
            const GValue *mine,
            const GValue *theirs,
            GValue       *out)
{
  const char * const empty[] = { NULL };
  const char * const *b = base != NULL && g_value_get_boxed (base) != NULL ? g_value_get_boxed (base) : empty;
  const char * const *m = g_value_get_boxed (mine) != NULL ? g_value_get_boxed (mine) : empty;
  const char * const *t = g_value_get_boxed (theirs) != NULL ? g_value_get_boxed (theirs) : empty;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GStrv list;

  /* Mine's order; an item removed on either side goes, one added on either
   * side comes. */
  for (guint i = 0; m[i] != NULL; i++)
    if (!g_strv_contains (b, m[i]) || g_strv_contains (t, m[i]))
      g_strv_builder_add (builder, m[i]);
  for (guint i = 0; t[i] != NULL; i++)
    if (!g_strv_contains (b, t[i]) && !g_strv_contains (m, t[i]))
      g_strv_builder_add (builder, t[i]);

  list = g_strv_builder_end (builder);
  g_value_take_boxed (out, list[0] != NULL ? list : (g_strfreev (list), NULL));
}

static gboolean
same_fields (TandemObject *a,
             TandemObject *b)
{
  TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (a);

  for (guint i = 0; i < klass->n_fields; i++)
    if (!tandem_field_values_equal (&klass->fields[i], tandem_object_get_value (a, i),
                                    tandem_object_get_value (b, i)))
      return FALSE;
  return TRUE;
}

/* Whether @object differs from @base, children included. */
static gboolean
changed_since (TandemObject *base,
               TandemObject *object)
{
  GListModel *bc = (GListModel *) tandem_object_get_children (base);
  GListModel *oc = (GListModel *) tandem_object_get_children (object);

  if (!same_fields (base, object))
    return TRUE;
  if (bc == NULL)
    return FALSE;
  if (g_list_model_get_n_items (bc) != g_list_model_get_n_items (oc))
    return TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (oc); i++)
    {
      g_autoptr(TandemObject) child = g_list_model_get_item (oc, i);
      g_autoptr(TandemObject) before = NULL;
      guint k;

      for (k = 0; k < g_list_model_get_n_items (bc); k++)
        {
          g_autoptr(TandemObject) candidate = g_list_model_get_item (bc, k);

          if (strcmp (tandem_object_get_id (candidate), tandem_object_get_id (child)) == 0)
            {
              before = g_steal_pointer (&candidate);
              break;
            }
        }
      if (before == NULL || changed_since (before, child))
        return TRUE;
    }
  return FALSE;
}

static TandemObject *
merge_fields (Merge        *merge,
              TandemObject *base,
              TandemObject *mine,
              TandemObject *theirs)
{
  TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (mine);
  TandemObject *result = _tandem_object_copy (mine);
  TandemObject *newer = g_strcmp0 (tandem_object_get_modified (theirs),
                                   tandem_object_get_modified (mine)) > 0 ? theirs : mine;

  _tandem_object_set_stamps (result,
                             tandem_object_get_created (base != NULL ? base : mine),
                             tandem_object_get_created_by (base != NULL ? base : mine),
                             tandem_object_get_modified (newer),
                             tandem_object_get_modified_by (newer));

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const TandemFieldInfo *info = &klass->fields[i];
      const GValue *b = base != NULL ? tandem_object_get_value (base, i) : NULL;
      const GValue *m = tandem_object_get_value (mine, i);
      const GValue *t = tandem_object_get_value (theirs, i);
      g_auto(GValue) merged = G_VALUE_INIT;

      if (tandem_field_values_equal (info, m, t) ||
          (b != NULL && tandem_field_values_equal (info, t, b)))
        continue;
      if (b != NULL && tandem_field_values_equal (info, m, b))
        {
          _tandem_object_set_value (result, i, t);
          continue;
        }

      tandem_field_init_value (info, &merged);
      if (info->type == TANDEM_FIELD_LIST || info->type == TANDEM_FIELD_REF_LIST)
        {
          merge_list (b, m, t, &merged);
          _tandem_object_set_value (result, i, &merged);
          continue;
        }
      if (info->type == TANDEM_FIELD_TEXT)
        {
          gboolean conflict;
          g_autofree char *text = tandem_merge_text (b != NULL ? g_value_get_string (b) : NULL,
                                                     g_value_get_string (m),
                                                     g_value_get_string (t), &conflict);

          if (!conflict)
            {
              g_value_set_string (&merged, text);
              _tandem_object_set_value (result, i, &merged);
              continue;
            }
        }
      add_conflict (merge, mine, info, TANDEM_SIDE_NONE, b, m, t);
    }
  return result;
}

static void
collect (GListModel *model,
         GHashTable *into)
{
  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      TandemObject *object = g_list_model_get_item (model, i);

      g_hash_table_insert (into, (gpointer) tandem_object_get_id (object), object);
    }
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static void merge_collections (Merge      *merge,
                               GPtrArray  *out,
                               const char *container,
                               GListModel *base,
                               GListModel *mine,
                               GListModel *theirs);

static Node *
add_node (Merge        *merge,
          GPtrArray    *out,
          TandemObject *object,
          GListModel   *base,
          GListModel   *mine,
          GListModel   *theirs)
{
  Node *node = node_new (object);

  g_ptr_array_add (out, node);
  g_hash_table_insert (merge->merged, (gpointer) tandem_object_get_id (object), node);
  if (tandem_object_get_children (object) != NULL)
    merge_collections (merge, node->children, NULL, base, mine, theirs);
  return node;
}

static GListModel *
children_of (TandemObject *object)
{
  return object != NULL ? G_LIST_MODEL (tandem_object_get_children (object)) : NULL;
}

static void
merge_collections (Merge      *merge,
                   GPtrArray  *out,
                   const char *container,
                   GListModel *base,
                   GListModel *mine,
                   GListModel *theirs)
{
  g_autoptr(GHashTable) b = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  g_autoptr(GHashTable) m = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  g_autoptr(GHashTable) t = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GHashTable) all = g_hash_table_new (g_str_hash, g_str_equal);

  collect (base, b);
  collect (mine, m);
  collect (theirs, t);
  for (GHashTable *tables[] = { b, m, t }, **table = tables; table < tables + 3; table++)
    {
      GHashTableIter iter;
      gpointer id;

      g_hash_table_iter_init (&iter, *table);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        if (g_hash_table_add (all, id))
          g_ptr_array_add (ids, id);
    }
  g_ptr_array_sort (ids, compare_ids);

  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      TandemObject *ob = g_hash_table_lookup (b, id);
      TandemObject *om = g_hash_table_lookup (m, id);
      TandemObject *ot = g_hash_table_lookup (t, id);

      if (om != NULL && ot != NULL)
        add_node (merge, out, merge_fields (merge, ob, om, ot),
                  children_of (ob), children_of (om), children_of (ot));
      else if (ob == NULL)
        {
          TandemObject *added = om != NULL ? om : ot;

          /* Added on one side: nothing to merge its children with. */
          add_node (merge, out, _tandem_object_copy (added), NULL,
                    om != NULL ? children_of (added) : NULL,
                    ot != NULL ? children_of (added) : NULL);
        }
      else if (om == NULL && ot == NULL)
        continue;
      else
        {
          TandemObject *kept = om != NULL ? om : ot;
          TandemSide deleted_by = om != NULL ? TANDEM_SIDE_THEIRS : TANDEM_SIDE_MINE;

          if (changed_since (ob, kept))
            {
              /* Deleted on one side, changed on the other: the change is
               * work, so the object stays, with a conflict to decide on. */
              add_node (merge, out, _tandem_object_copy (kept), NULL,
                        om != NULL ? children_of (kept) : NULL,
                        ot != NULL ? children_of (kept) : NULL);
              add_conflict (merge, kept, NULL, deleted_by, NULL, NULL, NULL);
            }
          else
            {
              Deletion *deletion = g_new0 (Deletion, 1);

              deletion->base = g_object_ref (ob);
              deletion->other = g_object_ref (kept);
              deletion->deleted_by = deleted_by;
              deletion->container = g_strdup (container);
              g_hash_table_insert (merge->deletions, (gpointer) tandem_object_get_id (ob), deletion);
            }
        }
    }
}

static void
for_each_node (GPtrArray *nodes,
               void     (*func) (Node *node, gpointer data),
               gpointer   data)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      Node *node = g_ptr_array_index (nodes, i);

      func (node, data);
      for_each_node (node->children, func, data);
    }
}

typedef struct
{
  Merge     *merge;
  GPtrArray *needed;   /* ids of deleted objects a required reference needs */
} NeedData;

static void
find_needed (Node     *node,
             gpointer  data)
{
  NeedData *need = data;
  TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (node->object);

  for (guint f = 0; f < klass->n_fields; f++)
    {
      const char *ref;

      if (klass->fields[f].type != TANDEM_FIELD_REF || !klass->fields[f].required)
        continue;
      ref = g_value_get_string (tandem_object_get_value (node->object, f));
      if (ref != NULL && !g_hash_table_contains (need->merge->merged, ref) &&
          g_hash_table_contains (need->merge->deletions, ref))
        g_ptr_array_add (need->needed, (gpointer) ref);
    }
}

static void
clear_dangling (Node     *node,
                gpointer  data)
{
  Merge *merge = data;
  TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (node->object);

  for (guint f = 0; f < klass->n_fields; f++)
    {
      const TandemFieldInfo *info = &klass->fields[f];
      const GValue *value = tandem_object_get_value (node->object, f);
      g_auto(GValue) fixed = G_VALUE_INIT;

      if (info->type == TANDEM_FIELD_REF && g_value_get_string (value) != NULL &&
          !g_hash_table_contains (merge->merged, g_value_get_string (value)))
        {
          tandem_field_init_value (info, &fixed);
          _tandem_object_set_value (node->object, f, &fixed);
        }
      else if (info->type == TANDEM_FIELD_REF_LIST && g_value_get_boxed (value) != NULL)
        {
          const char * const *ids = g_value_get_boxed (value);
          g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
          GStrv list;

          for (guint k = 0; ids[k] != NULL; k++)
            if (g_hash_table_contains (merge->merged, ids[k]))
              g_strv_builder_add (kept, ids[k]);
          list = g_strv_builder_end (kept);
          tandem_field_init_value (info, &fixed);
          g_value_take_boxed (&fixed, list[0] != NULL ? list : (g_strfreev (list), NULL));
          _tandem_object_set_value (node->object, f, &fixed);
        }
    }
}

static int
compare_nodes (gconstpointer a,
               gconstpointer b)
{
  const Node *na = *(Node **) a;
  const Node *nb = *(Node **) b;

  return strcmp (tandem_object_get_id (na->object), tandem_object_get_id (nb->object));
}

static void
append_nodes (TandemWorkspace *result,
              TandemObject    *parent,
              GPtrArray       *nodes)
{
  g_ptr_array_sort (nodes, compare_nodes);
  for (guint i = 0; i < nodes->len; i++)
    {
      Node *node = g_ptr_array_index (nodes, i);

      _tandem_workspace_load_append (result, parent, node->object);
      append_nodes (result, node->object, node->children);
    }
}

/* Whether @highlight of the merge, in @notes, is exactly as @side had it:
 * the same range of the same notes. */
static gboolean
as_on_side (TandemWorkspace *side,
            TandemObject    *highlight,
            const char      *notes)
{
  TandemObject *same = tandem_workspace_lookup (side, tandem_object_get_id (highlight));

  return same != NULL && tandem_object_get_parent (same) != NULL &&
         g_strcmp0 (tandem_object_get_string (tandem_object_get_parent (same), "notes"), notes) == 0 &&
         tandem_object_get_int (same, "start") == tandem_object_get_int (highlight, "start") &&
         tandem_object_get_int (same, "end") == tandem_object_get_int (highlight, "end");
}

/* Highlights are character ranges of their interview's notes.  Where the
 * merged notes are not the notes a highlight's range was made for (both
 * sides edited them, or the range came from one side and the notes from the
 * other), the highlight finds its quote again.  A highlight exactly as one
 * side had it is left alone, so merging a side with itself changes nothing. */
static void
reanchor_merged_notes (TandemWorkspace *result,
                       TandemWorkspace *mine,
                       TandemWorkspace *theirs)
{
  GListModel *interviews = G_LIST_MODEL (tandem_workspace_get_interviews (result));

  for (guint i = 0; i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(TandemObject) interview = g_list_model_get_item (interviews, i);
      GListModel *children = G_LIST_MODEL (tandem_object_get_children (interview));
      const char *notes = tandem_object_get_string (interview, "notes");

      for (guint k = 0; k < g_list_model_get_n_items (children); k++)
        {
          g_autoptr(TandemObject) highlight = g_list_model_get_item (children, k);

          if (!as_on_side (mine, highlight, notes) && !as_on_side (theirs, highlight, notes))
            tandem_notes_ops_reanchor_highlight_detached (TANDEM_HIGHLIGHT (highlight));
        }
    }
}

/**
 * tandem_merge:
 * @base: what both sides started from
 * @mine: my version
 * @theirs: their version
 *
 * Returns: (transfer full): a new, clean workspace: the merge, with a
 *   #TandemConflict in tandem_workspace_get_conflicts() for each decision
 *   left to the user (mine is kept meanwhile).
 */
TandemWorkspace *
tandem_merge (TandemWorkspace *base,
              TandemWorkspace *mine,
              TandemWorkspace *theirs)
{
  g_autoptr(TandemWorkspace) result = NULL;
  const char * const *containers = tandem_workspace_list_containers ();
  Merge merge = { NULL, NULL, NULL, NULL };
  guint conflicts_index = 0;
  g_autoptr(TandemObject) top = NULL;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (base), NULL);
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (mine), NULL);
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (theirs), NULL);

  merge.roots = g_new0 (GPtrArray *, g_strv_length ((GStrv) containers));
  merge.merged = g_hash_table_new (g_str_hash, g_str_equal);
  merge.deletions = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, deletion_free);
  merge.conflicts = g_ptr_array_new_with_free_func (g_object_unref);

  /* The workspace's own fields merge like any object's. */
  top = merge_fields (&merge, TANDEM_OBJECT (base), TANDEM_OBJECT (mine), TANDEM_OBJECT (theirs));
  result = tandem_workspace_new ();
  _tandem_object_set_id (TANDEM_OBJECT (result), tandem_object_get_id (top));
  _tandem_object_set_stamps (TANDEM_OBJECT (result), tandem_object_get_created (top),
                             tandem_object_get_created_by (top), tandem_object_get_modified (top),
                             tandem_object_get_modified_by (top));
  for (guint i = 0; i < TANDEM_OBJECT_GET_CLASS (top)->n_fields; i++)
    _tandem_object_set_value (TANDEM_OBJECT (result), i, tandem_object_get_value (top, i));
  {
    GPtrArray *elements = _tandem_object_get_extra_elements (TANDEM_OBJECT (mine));
    GPtrArray *attrs = _tandem_object_get_extra_attributes (TANDEM_OBJECT (mine));

    for (guint i = 0; elements != NULL && i < elements->len; i++)
      {
        TandemExtraElement *element = g_ptr_array_index (elements, i);

        _tandem_object_add_extra_element (TANDEM_OBJECT (result), element->container, element->xml);
      }
    for (guint i = 0; attrs != NULL && i < attrs->len; i++)
      {
        TandemExtraAttribute *attr = g_ptr_array_index (attrs, i);

        _tandem_object_add_extra_attribute (TANDEM_OBJECT (result), attr->prefix, attr->name,
                                            attr->ns, attr->value);
      }
  }

  for (guint c = 0; containers[c] != NULL; c++)
    {
      merge.roots[c] = g_ptr_array_new_with_free_func (node_free);
      merge_collections (&merge, merge.roots[c], containers[c],
                         G_LIST_MODEL (tandem_workspace_get_container (base, containers[c])),
                         G_LIST_MODEL (tandem_workspace_get_container (mine, containers[c])),
                         G_LIST_MODEL (tandem_workspace_get_container (theirs, containers[c])));
    }

  /* Bring back deleted objects that something kept still needs. */
  for (;;)
    {
      NeedData need = { &merge, g_ptr_array_new () };

      for (guint c = 0; containers[c] != NULL; c++)
        for_each_node (merge.roots[c], find_needed, &need);
      g_ptr_array_sort (need.needed, compare_ids);
      for (guint i = 0; i < need.needed->len; i++)
        {
          Deletion *deletion = g_hash_table_lookup (merge.deletions, g_ptr_array_index (need.needed, i));
          guint c;

          if (deletion == NULL || g_hash_table_contains (merge.merged, tandem_object_get_id (deletion->other)))
            continue;
          for (c = 0; containers[c] != NULL && g_strcmp0 (containers[c], deletion->container) != 0; c++)
            ;
          if (containers[c] == NULL)
            continue;
          add_node (&merge, merge.roots[c], _tandem_object_copy (deletion->other), NULL,
                    children_of (deletion->other), NULL);
          add_conflict (&merge, deletion->other, NULL, deletion->deleted_by, NULL, NULL, NULL);
        }
      if (need.needed->len == 0)
        {
          g_ptr_array_unref (need.needed);
          break;
        }
      g_ptr_array_unref (need.needed);
    }

  for (guint c = 0; containers[c] != NULL; c++)
    for_each_node (merge.roots[c], clear_dangling, &merge);

  /* Conflicts found now replace any of the same id carried over. */
  while (g_strcmp0 (containers[conflicts_index], "conflicts") != 0)
    conflicts_index++;
  for (guint i = 0; i < merge.conflicts->len; i++)
    {
      TandemObject *conflict = g_ptr_array_index (merge.conflicts, i);
      GPtrArray *roots = merge.roots[conflicts_index];

      for (guint k = 0; k < roots->len; k++)
        if (strcmp (tandem_object_get_id (((Node *) g_ptr_array_index (roots, k))->object),
                    tandem_object_get_id (conflict)) == 0)
          g_ptr_array_remove_index (roots, k--);
      g_ptr_array_add (roots, node_new (g_object_ref (conflict)));
    }

  for (guint c = 0; containers[c] != NULL; c++)
    {
      append_nodes (result, NULL, merge.roots[c]);
      g_ptr_array_unref (merge.roots[c]);
    }

  reanchor_merged_notes (result, mine, theirs);

  g_free (merge.roots);
  g_hash_table_unref (merge.merged);
  g_hash_table_unref (merge.deletions);
  g_ptr_array_unref (merge.conflicts);
  return g_steal_pointer (&result);
}

static gboolean
parse_text_value (const TandemFieldInfo  *info,
                  const char             *text,
                  GValue                 *value,
                  GError                **error)
{
  if (info->type == TANDEM_FIELD_LIST || info->type == TANDEM_FIELD_REF_LIST)
    {
      g_auto(GStrv) items = g_strsplit (text != NULL ? text : "", "\n", -1);

      tandem_field_init_value (info, value);
      for (guint i = 0; items[i] != NULL; i++)
        if (items[i][0] != '\0' && !tandem_field_parse (info, items[i], value, error))
          return FALSE;
      return TRUE;
    }
  if (text == NULL)
    {
      tandem_field_init_value (info, value);
      return tandem_field_check (info, value, error);
    }
  return tandem_field_parse (info, text, value, error);
}

/**
 * tandem_workspace_resolve_conflict:
 * @conflict: a conflict in @workspace
 * @choice: %TANDEM_SIDE_MINE or %TANDEM_SIDE_THEIRS to take that side, or
 *   %TANDEM_SIDE_NONE to take @edited
 * @edited: (nullable): with %TANDEM_SIDE_NONE, the value as text (list items
 *   one per line)
 *
 * Settles a conflict as one undo step: the field takes the chosen value (for
 * an object deleted on one side, mine or theirs decides whether it stays) and
 * the conflict goes.
 *
 * Returns: %FALSE with @error set when the value is invalid.
 */
gboolean
tandem_workspace_resolve_conflict (TandemWorkspace  *workspace,
                                   TandemConflict   *conflict,
                                   TandemSide        choice,
                                   const char       *edited,
                                   GError          **error)
{
  TandemObject *c = TANDEM_OBJECT (conflict);
  g_auto(GValue) value = G_VALUE_INIT;
  TandemObject *object;
  const char *field;
  gboolean ok = TRUE;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (TANDEM_IS_CONFLICT (conflict), FALSE);

  object = tandem_workspace_lookup (workspace, tandem_object_get_string (c, "object"));
  field = tandem_object_get_string (c, "field");

  /* Everything that can be refused is checked before anything changes. */
  if (object != NULL && field != NULL)
    {
      const TandemFieldInfo *info =
        tandem_object_class_find_field (TANDEM_OBJECT_GET_CLASS (object), field, NULL);
      const char *text = choice == TANDEM_SIDE_MINE ? tandem_object_get_string (c, "mine")
                       : choice == TANDEM_SIDE_THEIRS ? tandem_object_get_string (c, "theirs")
                       : edited;

      if (info == NULL)
        {
          g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_UNKNOWN_FIELD,
                       _("%s has no field “%s”"), tandem_object_get_kind (object), field);
          return FALSE;
        }
      if (!parse_text_value (info, text, &value, error))
        return FALSE;
    }

  tandem_workspace_begin_group (workspace, _("Resolve Conflict"));
  if (object != NULL && field == NULL)
    {
      /* Deleted on one side: taking that side deletes it. */
      if ((int) choice == tandem_object_get_int (c, "deleted-by"))
        ok = tandem_workspace_remove (workspace, object, error);
    }
  else if (object != NULL)
    ok = tandem_workspace_set_value (workspace, object, field, &value, error);
  /* The first change is the only one that can fail, so a refusal leaves
   * the group empty and nothing recorded. */
  if (ok)
    ok = tandem_workspace_remove (workspace, conflict, error);
  tandem_workspace_end_group (workspace);
  return ok;
}
