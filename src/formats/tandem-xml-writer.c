/* tandem-xml-writer.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-xml-writer"

#include "config.h"

#include <libxml/xmlwriter.h>
#include <string.h>

#include "tandem-format.h"
#include "tandem-object-private.h"

/* Canonical output: the same workspace always gives the same bytes.  Objects
 * are sorted by id (not by rank: a drag then changes one line instead of
 * moving a block), attributes come in the order of the field tables, each
 * object's attributes stay on its start tag's line, long text and list items
 * get lines of their own, and indentation is two spaces. */

typedef struct
{
  xmlTextWriterPtr writer;
  int              depth;
} Writer;

static void
newline (Writer *self)
{
  static const char spaces[] = "                                                                ";

  xmlTextWriterWriteRaw (self->writer, (const xmlChar *) "\n");
  xmlTextWriterWriteRawLen (self->writer, (const xmlChar *) spaces, MIN (self->depth * 2, 64));
}

static void
start_element (Writer     *self,
               const char *name)
{
  newline (self);
  xmlTextWriterStartElement (self->writer, (const xmlChar *) name);
  self->depth++;
}

static void
end_element (Writer   *self,
             gboolean  had_children)
{
  self->depth--;
  if (had_children)
    {
      newline (self);
      xmlTextWriterFullEndElement (self->writer);
    }
  else
    xmlTextWriterEndElement (self->writer);
}

static void
attribute (Writer     *self,
           const char *name,
           const char *value)
{
  if (value != NULL)
    xmlTextWriterWriteAttribute (self->writer, (const xmlChar *) name, (const xmlChar *) value);
}

static void
text_element (Writer     *self,
              const char *name,
              const char *text)
{
  start_element (self, name);
  xmlTextWriterWriteString (self->writer, (const xmlChar *) text);
  self->depth--;
  xmlTextWriterFullEndElement (self->writer);
}

static int
compare_by_id (gconstpointer a,
               gconstpointer b)
{
  TandemObject *oa = *(TandemObject **) a;
  TandemObject *ob = *(TandemObject **) b;

  return strcmp (tandem_object_get_id (oa), tandem_object_get_id (ob));
}

static GPtrArray *
sorted_items (TandemCollection *collection)
{
  GListModel *model = G_LIST_MODEL (collection);
  GPtrArray *items = g_ptr_array_new_full (g_list_model_get_n_items (model), g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  g_ptr_array_sort (items, compare_by_id);
  return items;
}

static void
write_extra_attributes (Writer       *self,
                        TandemObject *object)
{
  GPtrArray *extras = _tandem_object_get_extra_attributes (object);
  g_autoptr(GHashTable) declared = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; extras != NULL && i < extras->len; i++)
    {
      TandemExtraAttribute *attr = g_ptr_array_index (extras, i);

      if (attr->prefix != NULL && g_strcmp0 (attr->prefix, "xml") != 0 &&
          !g_hash_table_contains (declared, attr->prefix))
        {
          g_autofree char *decl = g_strconcat ("xmlns:", attr->prefix, NULL);

          g_hash_table_add (declared, attr->prefix);
          attribute (self, decl, attr->ns);
        }
    }

  for (guint i = 0; extras != NULL && i < extras->len; i++)
    {
      TandemExtraAttribute *attr = g_ptr_array_index (extras, i);
      g_autofree char *qname = attr->prefix != NULL ? g_strconcat (attr->prefix, ":", attr->name, NULL)
                                                    : g_strdup (attr->name);

      attribute (self, qname, attr->value);
    }
}

static gboolean
has_extra_elements (TandemObject *object,
                    const char   *container)
{
  GPtrArray *extras = _tandem_object_get_extra_elements (object);

  for (guint i = 0; extras != NULL && i < extras->len; i++)
    if (g_strcmp0 (((TandemExtraElement *) g_ptr_array_index (extras, i))->container, container) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
write_extra_elements (Writer       *self,
                      TandemObject *object,
                      const char   *container)
{
  GPtrArray *extras = _tandem_object_get_extra_elements (object);
  gboolean wrote = FALSE;

  for (guint i = 0; extras != NULL && i < extras->len; i++)
    {
      TandemExtraElement *element = g_ptr_array_index (extras, i);

      if (g_strcmp0 (element->container, container) != 0)
        continue;
      newline (self);
      xmlTextWriterWriteRaw (self->writer, (const xmlChar *) element->xml);
      wrote = TRUE;
    }
  return wrote;
}

static void write_object (Writer       *self,
                          TandemObject *object);

static gboolean
write_collection (Writer           *self,
                  TandemCollection *collection)
{
  g_autoptr(GPtrArray) items = sorted_items (collection);

  for (guint i = 0; i < items->len; i++)
    write_object (self, g_ptr_array_index (items, i));
  return items->len > 0;
}

static gboolean
write_body (Writer       *self,
            TandemObject *object)
{
  TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (object);
  gboolean had_children = FALSE;

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const TandemFieldInfo *info = &klass->fields[i];
      const GValue *value = tandem_object_get_value (object, i);

      if (info->type == TANDEM_FIELD_TEXT && g_value_get_string (value) != NULL)
        {
          text_element (self, info->name, g_value_get_string (value));
          had_children = TRUE;
        }
      else if (info->type == TANDEM_FIELD_LIST || info->type == TANDEM_FIELD_REF_LIST)
        {
          const char * const *items = tandem_object_get_list (object, info->name);

          for (guint k = 0; items[k] != NULL; k++)
            {
              text_element (self, info->item, items[k]);
              had_children = TRUE;
            }
        }
    }

  if (tandem_object_get_children (object) != NULL)
    had_children |= write_collection (self, tandem_object_get_children (object));

  if (TANDEM_IS_WORKSPACE (object))
    {
      const char * const *containers = tandem_workspace_list_containers ();

      for (guint i = 0; containers[i] != NULL; i++)
        {
          TandemCollection *collection =
            tandem_workspace_get_container (TANDEM_WORKSPACE (object), containers[i]);

          /* An empty container is left out, so a kind added in a later
           * version changes nothing in files that have none of it. */
          if (g_list_model_get_n_items (G_LIST_MODEL (collection)) == 0 &&
              !has_extra_elements (object, containers[i]))
            continue;
          start_element (self, containers[i]);
          write_collection (self, collection);
          write_extra_elements (self, object, containers[i]);
          end_element (self, TRUE);
          had_children = TRUE;
        }
    }

  had_children |= write_extra_elements (self, object, NULL);
  return had_children;
}

static void
write_attributes (Writer       *self,
                  TandemObject *object)
{
  TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (object);

  attribute (self, "id", tandem_object_get_id (object));
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const TandemFieldInfo *info = &klass->fields[i];
      const GValue *value = tandem_object_get_value (object, i);
      g_autofree char *text = NULL;

      if (info->type == TANDEM_FIELD_TEXT || info->type == TANDEM_FIELD_LIST ||
          info->type == TANDEM_FIELD_REF_LIST)
        continue;
      if (info->type != TANDEM_FIELD_ENUM && !info->required && tandem_field_is_default (info, value))
        continue;
      text = tandem_field_to_string (info, value);
      attribute (self, info->name, text);
    }
  attribute (self, "created", tandem_object_get_created (object));
  attribute (self, "created-by", tandem_object_get_created_by (object));
  attribute (self, "modified", tandem_object_get_modified (object));
  attribute (self, "modified-by", tandem_object_get_modified_by (object));
  write_extra_attributes (self, object);
}

static void
write_object (Writer       *self,
              TandemObject *object)
{
  start_element (self, tandem_object_get_kind (object));
  write_attributes (self, object);
  end_element (self, write_body (self, object));
}

/**
 * tandem_xml_write:
 *
 * Serialises @workspace canonically.  Everything it writes is valid against
 * data/tandem-workspace.rng and reads back to the same workspace.
 *
 * Returns: (transfer full): the bytes of the file
 */
GBytes *
tandem_xml_write (TandemWorkspace *workspace)
{
  Writer self = { 0, };
  xmlBufferPtr buffer;
  GBytes *bytes;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);

  buffer = xmlBufferCreate ();
  self.writer = xmlNewTextWriterMemory (buffer, 0);

  xmlTextWriterStartDocument (self.writer, "1.0", "UTF-8", NULL);
  xmlTextWriterStartElement (self.writer, (const xmlChar *) "workspace");
  attribute (&self, "xmlns", TANDEM_NAMESPACE);
  attribute (&self, "version", TANDEM_FORMAT_VERSION);
  write_attributes (&self, TANDEM_OBJECT (workspace));
  self.depth = 1;
  end_element (&self, write_body (&self, TANDEM_OBJECT (workspace)));
  xmlTextWriterEndDocument (self.writer);
  xmlFreeTextWriter (self.writer);

  bytes = g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return bytes;
}
