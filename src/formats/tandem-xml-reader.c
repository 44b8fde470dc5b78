/* tandem-xml-reader.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-xml-reader"

#include "config.h"

#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "tandem-collection.h"
#include "tandem-format.h"
#include "tandem-object-private.h"
#include "tandem-workspace-private.h"

/* The reader streams the file with xmlTextReader straight into a new workspace:
 * no DOM is built, no DTD or entity is ever loaded, and every refusal names
 * the line and column it happened at. */

G_DEFINE_QUARK (tandem-format-error-quark, tandem_format_error)

/* Deeper unknown content than this is refused rather than kept. */
#define MAX_UNKNOWN_DEPTH 64

typedef struct
{
  TandemObject *object;
  guint         field;
  int           line;
} PendingRef;

typedef struct
{
  xmlTextReaderPtr  reader;
  const char       *data;      /* the whole input, or NULL while streaming */
  gsize             length;
  char             *reread;    /* a streamed file read again, to place an error */
  GFile            *origin;    /* where a streamed file can be read again */
  GInputStream     *stream;
  GChecksum        *checksum;  /* of the bytes read, or NULL */
  GCancellable     *cancellable;
  GError           *io_error;
  gsize             n_read;
  const char       *name;
  TandemWorkspace  *workspace;
  GArray           *refs;
  GError           *error;
  int               error_line;
  int               error_column;
} Reader;

static xmlParserInputPtr
refuse_external_entity (const char       *url,
                        const char       *id,
                        xmlParserCtxtPtr  ctxt)
{
  return NULL;
}

/* Whether nothing but whitespace stands from the start of @line to the end. */
static gboolean
blank_from_line (Reader *self,
                 int     line)
{
  const char *p = self->data;
  const char *end = self->data + self->length;

  for (int l = 1; l < line && p < end; p++)
    if (*p == '\n')
      l++;
  for (; p < end; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

static gboolean refuse_doctype (Reader *self);

/* Whether libxml2 has met a DOCTYPE: from then on the parser may be inside
 * the internal subset or an entity's replacement text, whose lines and
 * columns are not the file's. */
static gboolean
past_doctype (xmlErrorPtr error)
{
  xmlParserCtxtPtr ctxt;

  switch (error->domain)
    {
    case XML_FROM_PARSER:
    case XML_FROM_NAMESPACE:
    case XML_FROM_DTD:
    case XML_FROM_IO:
    case XML_FROM_VALID:
      break;
    default:
      return FALSE;
    }
  ctxt = error->ctxt;
  return ctxt != NULL &&
         (ctxt->inSubset != 0 || ctxt->inputNr > 1 ||
          (ctxt->myDoc != NULL && (ctxt->myDoc->intSubset != NULL || ctxt->myDoc->extSubset != NULL)));
}

static void
on_structured_error (void        *user_data,
                     xmlErrorPtr  error)
{
  Reader *self = user_data;
  g_autofree char *message = NULL;

  if (self->error != NULL || error->level < XML_ERR_ERROR)
    return;

  /* A DOCTYPE is refused whatever follows it, at its own line. */
  if (past_doctype (error))
    {
      refuse_doctype (self);
      return;
    }

  message = g_strstrip (g_strdelimit (g_strdup (error->message != NULL ? error->message : "malformed XML"),
                                      "\n", ' '));
  /* libxml2's word for a file with no element at all. */
  if (strcmp (message, "Document is empty") == 0)
    _tandem_set_str (&message, "not an XML document");
  /* What libxml2 says, in this reader, when the input stops early: before
   * the first tag is complete, or with only whitespace after the last one. */
  if (error->code == XML_ERR_DOCUMENT_END &&
      (memchr (self->data, '>', self->length) == NULL || blank_from_line (self, error->line)))
    _tandem_set_str (&message, _("the document ends too early"));
  self->error = g_error_new (TANDEM_FORMAT_ERROR, TANDEM_FORMAT_ERROR_MALFORMED,
                             "%s:%d:%d: %s", self->name, MAX (error->line, 1),
                             MAX (error->int2, 1), message);
}

/* The whole input, for placing errors.  A streamed file is read again from
 * its origin: errors are rare, and the column is worth a second read. */
static gboolean
ensure_data (Reader *self)
{
  gsize length;

  if (self->data != NULL)
    return TRUE;
  if (self->origin == NULL ||
      !g_file_load_contents (self->origin, NULL, &self->reread, &length, NULL, NULL))
    return FALSE;
  self->data = self->reread;
  self->length = length;
  return TRUE;
}

/* The column of @needle on @line, or of the line's first non-blank character:
 * libxml2 keeps lines, not columns, for the nodes it reports. */
static int
column_on_line (Reader     *self,
                int         line,
                const char *needle)
{
  const char *p, *end;
  const char *eol, *hit = NULL;

  if (!ensure_data (self))
    return 1;
  p = self->data;
  end = self->data + self->length;
  for (int l = 1; l < line && p < end; p++)
    if (*p == '\n')
      l++;
  if (p >= end)
    return 1;
  eol = memchr (p, '\n', end - p);
  if (eol == NULL)
    eol = end;
  if (needle != NULL)
    hit = g_strstr_len (p, eol - p, needle);
  if (hit == NULL)
    for (hit = p; hit < eol && g_ascii_isspace (*hit); hit++)
      ;
  return (int) g_utf8_strlen (p, hit - p) + 1;
}

/* The line of the element the reader is on (or the attribute's element). */
static int
current_line (Reader *self)
{
  xmlNodePtr node = xmlTextReaderCurrentNode (self->reader);
  long line = 0;

  if (node != NULL && node->type == XML_ATTRIBUTE_NODE)
    node = node->parent;
  if (node != NULL)
    line = xmlGetLineNo (node);
  if (line <= 0)
    line = xmlTextReaderGetParserLineNumber (self->reader);
  return (int) MAX (line, 1);
}

/* Fails at @line, pointing at @needle on it.  Columns are only worked out
 * here, when something is wrong: finding one means scanning the input. */
G_GNUC_PRINTF (5, 6)
static gboolean
fail_at (Reader     *self,
         int         code,
         int         line,
         const char *needle,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  int column;
  va_list args;

  if (self->error != NULL)
    return FALSE;
  column = column_on_line (self, line, needle);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  self->error = g_error_new (TANDEM_FORMAT_ERROR, code, "%s:%d:%d: %s",
                             self->name, line, column, message);
  return FALSE;
}

G_GNUC_PRINTF (3, 4)
static gboolean
fail (Reader     *self,
      int         code,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *needle = NULL;
  const char *name = (const char *) xmlTextReaderConstName (self->reader);
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (xmlTextReaderNodeType (self->reader) == XML_READER_TYPE_ATTRIBUTE)
    needle = g_strconcat (name, "=", NULL);
  else if (xmlTextReaderNodeType (self->reader) == XML_READER_TYPE_ELEMENT)
    needle = g_strconcat ("<", name, NULL);
  return fail_at (self, code, current_line (self), needle, "%s", message);
}

/* Moves to the next node; FALSE at the end of input or on a parse error. */
static gboolean
next (Reader *self)
{
  int ret = xmlTextReaderRead (self->reader);

  if (ret == 1 && self->error == NULL)
    return TRUE;
  if (self->error == NULL)
    {
      if (ret == 0)
        fail (self, TANDEM_FORMAT_ERROR_MALFORMED, _("the document ends too early"));
      else
        fail (self, TANDEM_FORMAT_ERROR_MALFORMED, _("malformed XML"));
    }
  return FALSE;
}

static const char *
local_name (Reader *self)
{
  return (const char *) xmlTextReaderConstLocalName (self->reader);
}

static gboolean
in_our_namespace (Reader *self)
{
  const char *ns = (const char *) xmlTextReaderConstNamespaceUri (self->reader);

  return g_strcmp0 (ns, TANDEM_NAMESPACE) == 0;
}

static gboolean
is_whitespace (const char *text)
{
  for (; *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static gboolean
refuse_doctype_at (Reader     *self,
                   const char *doctype)
{
  int line = 1;

  for (const char *p = self->data; doctype != NULL && p < doctype; p++)
    line += *p == '\n';
  return fail_at (self, TANDEM_FORMAT_ERROR_MALFORMED, line, "<!DOCTYPE",
                  _("a DOCTYPE is not allowed in a workspace"));
}

static gboolean
refuse_doctype (Reader *self)
{
  /* A streamed file is read again to place it. */
  if (!ensure_data (self))
    return fail_at (self, TANDEM_FORMAT_ERROR_MALFORMED, 1, NULL,
                    _("a DOCTYPE is not allowed in a workspace"));
  return refuse_doctype_at (self, g_strstr_len (self->data, self->length, "<!DOCTYPE"));
}

static const char *
skip_past (const char *p,
           const char *end,
           const char *terminator)
{
  const char *hit = g_strstr_len (p, end - p, terminator);

  return hit != NULL ? hit + strlen (terminator) : NULL;
}

/* Checks the prolog before libxml2 sees any of it.  A DOCTYPE can only stand
 * there: refusing it up front means no entity is ever declared, let alone
 * expanded, so an entity bomb costs nothing (libxml2 would otherwise expand
 * one in an attribute value before the reader reaches the DOCTYPE node).
 * A workspace is UTF-8 (an ASCII-compatible encoding is enough here): other
 * encodings would hide a DOCTYPE from this check, and are refused. */
static gboolean
check_prolog (Reader *self)
{
  const guchar *u = (const guchar *) self->data;
  const char *p = self->data;
  const char *end = self->data + self->length;

  if (self->length >= 2 &&
      ((u[0] == 0xFE && u[1] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE) ||
       u[0] == 0x00 || (u[0] == '<' && u[1] == 0x00) ||
       (self->length >= 4 && memcmp (u, "\x4C\x6F\xA7\x94", 4) == 0)))
    return fail_at (self, TANDEM_FORMAT_ERROR_MALFORMED, 1, NULL,
                    _("not a UTF-8 document: a workspace is encoded in UTF-8"));

  if (end - p >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  while (p != NULL && p < end)
    {
      if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
        p++;
      else if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
        p = skip_past (p + 4, end, "-->");
      else if (end - p >= 2 && memcmp (p, "<?", 2) == 0)
        p = skip_past (p + 2, end, "?>");
      else if (end - p >= 9 && memcmp (p, "<!DOCTYPE", 9) == 0)
        return refuse_doctype_at (self, p);
      else
        break;
    }
  return TRUE;
}

/* Between elements only whitespace and comments may stand. */
static gboolean
skip_insignificant (Reader *self,
                    int     type)
{
  switch (type)
    {
    case XML_READER_TYPE_WHITESPACE:
    case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
    case XML_READER_TYPE_COMMENT:
    case XML_READER_TYPE_PROCESSING_INSTRUCTION:
      return TRUE;

    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_CDATA:
      if (is_whitespace ((const char *) xmlTextReaderConstValue (self->reader)))
        return TRUE;
      return fail (self, TANDEM_FORMAT_ERROR_INVALID, _("unexpected text"));

    case XML_READER_TYPE_DOCUMENT_TYPE:
      return refuse_doctype (self);

    case XML_READER_TYPE_ENTITY_REFERENCE:
    case XML_READER_TYPE_ENTITY:
      return fail (self, TANDEM_FORMAT_ERROR_MALFORMED, _("entities are not allowed in a workspace"));

    default:
      return fail (self, TANDEM_FORMAT_ERROR_INVALID, _("unexpected content"));
    }
}

typedef struct
{
  char *prefix;
  char *ns;
  int   depth;
} ScopedNamespace;

static void
scoped_namespace_clear (gpointer data)
{
  ScopedNamespace *scoped = data;

  g_free (scoped->prefix);
  g_free (scoped->ns);
}

static const char *
scope_lookup (GArray     *scope,
              const char *prefix)
{
  for (guint i = scope->len; i > 0; i--)
    {
      ScopedNamespace *scoped = &g_array_index (scope, ScopedNamespace, i - 1);

      if (g_strcmp0 (scoped->prefix, prefix) == 0)
        return scoped->ns;
    }
  return NULL;
}

static void
declare_if_needed (xmlTextWriterPtr  writer,
                   GArray           *scope,
                   int               depth,
                   const char       *prefix,
                   const char       *ns)
{
  ScopedNamespace scoped;
  g_autofree char *attribute = NULL;

  if (g_strcmp0 (prefix, "xml") == 0)
    return;
  if (g_strcmp0 (scope_lookup (scope, prefix), ns != NULL ? ns : "") == 0)
    return;

  attribute = prefix != NULL ? g_strconcat ("xmlns:", prefix, NULL) : g_strdup ("xmlns");
  xmlTextWriterWriteAttribute (writer, (const xmlChar *) attribute,
                               (const xmlChar *) (ns != NULL ? ns : ""));
  scoped.prefix = g_strdup (prefix);
  scoped.ns = g_strdup (ns != NULL ? ns : "");
  scoped.depth = depth;
  g_array_append_val (scope, scoped);
}

/* Attributes carry short values; a longer one is refused before it is
 * parsed or kept (the reader is on the attribute). */
static gboolean
check_attribute_length (Reader     *self,
                        const char *value)
{
  if (strlen (value) <= TANDEM_FIELD_MAX_SHORT_LENGTH)
    return TRUE;
  return fail (self, TANDEM_FORMAT_ERROR_INVALID, _("the value of “%s” is longer than %d bytes"),
               (const char *) xmlTextReaderConstName (self->reader), TANDEM_FIELD_MAX_SHORT_LENGTH);
}

static gboolean
write_unknown_start (Reader           *self,
                     xmlTextWriterPtr  writer,
                     GArray           *scope)
{
  xmlTextReaderPtr r = self->reader;
  int depth = xmlTextReaderDepth (r);

  xmlTextWriterStartElement (writer, xmlTextReaderConstName (r));
  declare_if_needed (writer, scope, depth, (const char *) xmlTextReaderConstPrefix (r),
                     (const char *) xmlTextReaderConstNamespaceUri (r));

  /* Declarations first, for the prefixed attributes, then the attributes. */
  for (int ok = xmlTextReaderMoveToFirstAttribute (r); ok == 1; ok = xmlTextReaderMoveToNextAttribute (r))
    if (!xmlTextReaderIsNamespaceDecl (r) && xmlTextReaderConstPrefix (r) != NULL)
      declare_if_needed (writer, scope, depth, (const char *) xmlTextReaderConstPrefix (r),
                         (const char *) xmlTextReaderConstNamespaceUri (r));
  for (int ok = xmlTextReaderMoveToFirstAttribute (r); ok == 1; ok = xmlTextReaderMoveToNextAttribute (r))
    if (!xmlTextReaderIsNamespaceDecl (r))
      {
        if (!check_attribute_length (self, (const char *) xmlTextReaderConstValue (r)))
          return FALSE;
        xmlTextWriterWriteAttribute (writer, xmlTextReaderConstName (r), xmlTextReaderConstValue (r));
      }
  xmlTextReaderMoveToElement (r);
  return TRUE;
}

static void
pop_scope (GArray *scope,
           int     depth)
{
  while (scope->len > 0 && g_array_index (scope, ScopedNamespace, scope->len - 1).depth >= depth)
    g_array_set_size (scope, scope->len - 1);
}

/* Keeps an element this version does not know, serialised with the namespace
 * declarations it needs, to be written back unchanged. */
static char *
capture_unknown (Reader *self)
{
  xmlTextReaderPtr r = self->reader;
  g_autoptr(GArray) scope = g_array_new (FALSE, TRUE, sizeof (ScopedNamespace));
  ScopedNamespace outer = { NULL, g_strdup (TANDEM_NAMESPACE), -1 };
  int start_depth = xmlTextReaderDepth (r);
  xmlBufferPtr buffer = xmlBufferCreate ();
  xmlTextWriterPtr writer = xmlNewTextWriterMemory (buffer, 0);
  char *result = NULL;
  gboolean done = FALSE;

  g_array_set_clear_func (scope, scoped_namespace_clear);
  g_array_append_val (scope, outer);

  if (!write_unknown_start (self, writer, scope))
    goto out;
  if (xmlTextReaderIsEmptyElement (r))
    {
      xmlTextWriterEndElement (writer);
      done = TRUE;
    }

  while (!done && next (self))
    {
      int depth = xmlTextReaderDepth (r);

      switch (xmlTextReaderNodeType (r))
        {
        case XML_READER_TYPE_ELEMENT:
          if (depth - start_depth > MAX_UNKNOWN_DEPTH)
            {
              fail (self, TANDEM_FORMAT_ERROR_MALFORMED, _("unknown content nested too deeply"));
              goto out;
            }
          if (!write_unknown_start (self, writer, scope))
            goto out;
          if (xmlTextReaderIsEmptyElement (r))
            {
              xmlTextWriterEndElement (writer);
              pop_scope (scope, depth);
            }
          break;

        case XML_READER_TYPE_END_ELEMENT:
          xmlTextWriterFullEndElement (writer);
          pop_scope (scope, depth);
          done = depth == start_depth;
          break;

        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
          xmlTextWriterWriteString (writer, xmlTextReaderConstValue (r));
          break;

        case XML_READER_TYPE_COMMENT:
          xmlTextWriterWriteComment (writer, xmlTextReaderConstValue (r));
          break;

        case XML_READER_TYPE_PROCESSING_INSTRUCTION:
          xmlTextWriterWritePI (writer, xmlTextReaderConstName (r), xmlTextReaderConstValue (r));
          break;

        default:
          fail (self, TANDEM_FORMAT_ERROR_MALFORMED, _("unexpected content"));
          goto out;
        }
    }

  if (done)
    {
      xmlTextWriterFlush (writer);
      result = g_strdup ((const char *) xmlBufferContent (buffer));
    }

out:
  xmlFreeTextWriter (writer);
  xmlBufferFree (buffer);
  return result;
}

/* Reads the text of a simple element; the reader ends on its end tag.  The
 * text is nearly always one node: it is copied once, and only more nodes
 * (comments splitting it) start a GString. */
static char *
read_text (Reader *self)
{
  g_autofree char *first = NULL;
  g_autoptr(GString) more = NULL;

  if (xmlTextReaderIsEmptyElement (self->reader))
    return g_strdup ("");

  while (next (self))
    {
      switch (xmlTextReaderNodeType (self->reader))
        {
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
          {
            const char *value = (const char *) xmlTextReaderConstValue (self->reader);

            if (first == NULL && more == NULL)
              first = g_strdup (value);
            else
              {
                if (more == NULL)
                  {
                    more = g_string_new (first);
                    g_clear_pointer (&first, g_free);
                  }
                g_string_append (more, value);
              }
            break;
          }

        case XML_READER_TYPE_COMMENT:
        case XML_READER_TYPE_PROCESSING_INSTRUCTION:
          break;

        case XML_READER_TYPE_END_ELEMENT:
          if (more != NULL)
            return g_string_free (g_steal_pointer (&more), FALSE);
          return first != NULL ? g_steal_pointer (&first) : g_strdup ("");

        case XML_READER_TYPE_ELEMENT:
          fail (self, TANDEM_FORMAT_ERROR_INVALID, _("<%s> is not allowed in text"), local_name (self));
          return NULL;

        default:
          skip_insignificant (self, xmlTextReaderNodeType (self->reader));
          return NULL;
        }
    }
  return NULL;
}

static gboolean
parse_field (Reader                *self,
             TandemObject          *object,
             guint                  index,
             const char            *text,
             GValue                *value)
{
  const TandemFieldInfo *info = &TANDEM_OBJECT_GET_CLASS (object)->fields[index];
  g_autoptr(GError) error = NULL;

  if (!_tandem_field_parse_xml_text (info, text, value, &error))
    return fail (self, TANDEM_FORMAT_ERROR_INVALID, "%s: %s", tandem_object_get_kind (object),
                 error->message);

  if (info->type == TANDEM_FIELD_REF || info->type == TANDEM_FIELD_REF_LIST)
    {
      PendingRef ref = { object, index, current_line (self) };

      g_array_append_val (self->refs, ref);
    }
  return TRUE;
}

static gboolean
is_element_field (const TandemFieldInfo *info)
{
  return info->type == TANDEM_FIELD_TEXT || info->type == TANDEM_FIELD_LIST ||
         info->type == TANDEM_FIELD_REF_LIST;
}

/* Authors are ids of people; they are not resolved, since a merge may have
 * removed the person while their stamps remain. */
static gboolean
check_author (Reader            *self,
              TandemObjectClass *klass,
              const char        *name,
              const char        *value)
{
  const TandemFieldInfo author_field = { .name = name, .type = TANDEM_FIELD_ID, .required = TRUE };
  g_auto(GValue) check = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  g_value_init (&check, G_TYPE_STRING);
  g_value_set_string (&check, value[0] != '\0' ? value : NULL);
  if (!tandem_field_check (&author_field, &check, &error))
    return fail (self, TANDEM_FORMAT_ERROR_INVALID, "%s: %s", klass->kind, error->message);
  return TRUE;
}

static gboolean
read_attributes (Reader       *self,
                 TandemObject *object)
{
  xmlTextReaderPtr r = self->reader;
  TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (object);
  const char *stamp_names[] = { "created", "created-by", "modified", "modified-by" };
  g_autofree char *created = NULL;
  g_autofree char *created_by = NULL;
  g_autofree char *modified = NULL;
  g_autofree char *modified_by = NULL;
  char **stamps[] = { &created, &created_by, &modified, &modified_by };
  g_autofree char *id = NULL;
  for (int ok = xmlTextReaderMoveToFirstAttribute (r); ok == 1; ok = xmlTextReaderMoveToNextAttribute (r))
    {
      const char *name = local_name (self);
      const char *value = (const char *) xmlTextReaderConstValue (r);
      const TandemFieldInfo *info;
      gboolean is_stamp = FALSE;
      guint index;

      if (xmlTextReaderIsNamespaceDecl (r))
        continue;
      if (!check_attribute_length (self, value))
        return FALSE;
      if (xmlTextReaderConstNamespaceUri (r) != NULL)
        {
          _tandem_object_add_extra_attribute (object, (const char *) xmlTextReaderConstPrefix (r),
                                              name, (const char *) xmlTextReaderConstNamespaceUri (r),
                                              value);
          continue;
        }
      if (strcmp (name, "id") == 0)
        {
          _tandem_set_str (&id, value);
          continue;
        }
      if (TANDEM_IS_WORKSPACE (object) && strcmp (name, "version") == 0)
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (stamp_names); i++)
        {
          if (strcmp (name, stamp_names[i]) == 0)
            {
              if (i % 2 == 1 && !check_author (self, klass, name, value))
                return FALSE;
              if (i % 2 == 0 && !tandem_timestamp_is_valid (value))
                return fail (self, TANDEM_FORMAT_ERROR_INVALID, _("%s: “%s” must be a UTC time (YYYY-MM-DDThh:mm:ssZ), not “%s”"),
                   klass->kind, name, value);
              _tandem_set_str (stamps[i], value);
              is_stamp = TRUE;
            }
        }
      if (is_stamp)
        continue;

      info = tandem_object_class_find_field (klass, name, &index);
      if (info != NULL && !is_element_field (info))
        {
          g_auto(GValue) parsed = G_VALUE_INIT;

          if (!parse_field (self, object, index, value, &parsed))
            return FALSE;
          _tandem_object_take_value (object, index, &parsed);
        }
      else
        _tandem_object_add_extra_attribute (object, NULL, name, NULL, value);
    }
  xmlTextReaderMoveToElement (r);

  if (id == NULL)
    return fail (self, TANDEM_FORMAT_ERROR_INVALID, _("%s has no id"), klass->kind);
  if (tandem_workspace_lookup (self->workspace, id) != NULL)
    return fail (self, TANDEM_FORMAT_ERROR_INVALID, _("the id %s is used twice"), id);
  {
    g_auto(GValue) check = G_VALUE_INIT;
    const TandemFieldInfo id_field = { .name = "id", .type = TANDEM_FIELD_ID };
    g_autoptr(GError) error = NULL;

    g_value_init (&check, G_TYPE_STRING);
    g_value_set_string (&check, id);
    if (!tandem_field_check (&id_field, &check, &error))
      return fail (self, TANDEM_FORMAT_ERROR_INVALID, "%s: %s", klass->kind, error->message);
  }

  _tandem_object_take_identity (object, g_steal_pointer (&id), g_steal_pointer (&created),
                                g_steal_pointer (&created_by), g_steal_pointer (&modified),
                                g_steal_pointer (&modified_by));
  return TRUE;
}

/* Every value was checked as it was read; what is left is whether the
 * required fields (all of them text) were there. */
static gboolean
check_required (Reader       *self,
                TandemObject *object,
                int           line)
{
  TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (object);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const GValue *value = tandem_object_get_value (object, i);
      g_autoptr(GError) error = NULL;

      if (!klass->fields[i].required ||
          (G_VALUE_HOLDS_STRING (value) && g_value_get_string (value) != NULL))
        continue;
      if (!tandem_field_check (&klass->fields[i], value, &error))
        return fail_at (self, TANDEM_FORMAT_ERROR_INVALID, line, klass->kind, "%s %s: %s",
                        klass->kind, tandem_object_get_id (object), error->message);
    }
  return TRUE;
}

/* Text and list items carry no attributes in this version; one a newer
 * version added could not be kept, so the file is refused rather than
 * losing it on the next save. */
static gboolean
check_no_attributes (Reader *self)
{
  xmlTextReaderPtr r = self->reader;

  for (int ok = xmlTextReaderMoveToFirstAttribute (r); ok == 1; ok = xmlTextReaderMoveToNextAttribute (r))
    if (!xmlTextReaderIsNamespaceDecl (r))
      return fail (self, TANDEM_FORMAT_ERROR_INVALID,
                   _("this version of Tandem cannot keep the attribute “%s” here"),
                   (const char *) xmlTextReaderConstName (r));
  xmlTextReaderMoveToElement (r);
  return TRUE;
}

static const char *
kind_of_type (GType type)
{
  TandemObjectClass *klass = g_type_class_peek (type);

  /* The kinds' classes are static: once referenced, they stay. */
  if (klass == NULL)
    klass = g_type_class_ref (type);
  return klass->kind;
}

/* Reads the children of the current element: field elements, child objects
 * and unknown elements, up to its end tag. */
static gboolean read_object (Reader       *self,
                             GType         type,
                             TandemObject *parent);

static gboolean
read_workspace_container (Reader     *self,
                          const char *container)
{
  TandemCollection *collection = tandem_workspace_get_container (self->workspace, container);
  GType item_type = g_list_model_get_item_type (G_LIST_MODEL (collection));
  const char *kind = kind_of_type (item_type);

  if (xmlTextReaderIsEmptyElement (self->reader))
    return TRUE;

  while (next (self))
    {
      int type = xmlTextReaderNodeType (self->reader);

      if (type == XML_READER_TYPE_END_ELEMENT)
        return TRUE;
      if (type != XML_READER_TYPE_ELEMENT)
        {
          if (!skip_insignificant (self, type))
            return FALSE;
          continue;
        }
      if (in_our_namespace (self) && strcmp (local_name (self), kind) == 0)
        {
          if (!read_object (self, item_type, NULL))
            return FALSE;
        }
      else
        {
          g_autofree char *xml = capture_unknown (self);

          if (xml == NULL)
            return FALSE;
          _tandem_object_add_extra_element (TANDEM_OBJECT (self->workspace), container, xml);
        }
    }
  return FALSE;
}

static gboolean
read_children (Reader       *self,
               TandemObject *object)
{
  TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (object);
  const char *child_kind = klass->child_type != G_TYPE_NONE ? kind_of_type (klass->child_type) : NULL;

  if (xmlTextReaderIsEmptyElement (self->reader))
    return TRUE;

  while (next (self))
    {
      int type = xmlTextReaderNodeType (self->reader);
      const TandemFieldInfo *info = NULL;
      const char *name;
      guint index = 0;

      if (type == XML_READER_TYPE_END_ELEMENT)
        return TRUE;
      if (type != XML_READER_TYPE_ELEMENT)
        {
          if (!skip_insignificant (self, type))
            return FALSE;
          continue;
        }

      name = local_name (self);
      if (in_our_namespace (self))
        {
          for (guint i = 0; i < klass->n_fields && info == NULL; i++)
            {
              const TandemFieldInfo *candidate = &klass->fields[i];

              if ((candidate->type == TANDEM_FIELD_TEXT && strcmp (candidate->name, name) == 0) ||
                  (candidate->item != NULL && strcmp (candidate->item, name) == 0))
                {
                  info = candidate;
                  index = i;
                }
            }
        }

      if (info != NULL)
        {
          g_autofree char *text = NULL;
          g_auto(GValue) value = G_VALUE_INIT;

          if (!check_no_attributes (self))
            return FALSE;
          if (info->type == TANDEM_FIELD_TEXT && g_value_get_string (tandem_object_get_value (object, index)) != NULL)
            return fail (self, TANDEM_FORMAT_ERROR_INVALID, _("<%s> appears twice"), name);

          /* A list item is added to the items read so far. */
          if (info->type != TANDEM_FIELD_TEXT)
            {
              g_value_init (&value, G_VALUE_TYPE (tandem_object_get_value (object, index)));
              g_value_copy (tandem_object_get_value (object, index), &value);
            }
          text = read_text (self);
          if (text == NULL)
            return FALSE;
          if (!parse_field (self, object, index, text, &value))
            return FALSE;
          _tandem_object_take_value (object, index, &value);
        }
      else if (in_our_namespace (self) && child_kind != NULL && strcmp (name, child_kind) == 0)
        {
          if (!read_object (self, klass->child_type, object))
            return FALSE;
        }
      else if (TANDEM_IS_WORKSPACE (object) && in_our_namespace (self) &&
               tandem_workspace_get_container (self->workspace, name) != NULL)
        {
          if (!read_workspace_container (self, name))
            return FALSE;
        }
      else
        {
          g_autofree char *xml = capture_unknown (self);

          if (xml == NULL)
            return FALSE;
          _tandem_object_add_extra_element (object, NULL, xml);
        }
    }
  return FALSE;
}

static gboolean
read_object (Reader       *self,
             GType         type,
             TandemObject *parent)
{
  g_autoptr(TandemObject) object = g_object_new (type, NULL);
  int line = current_line (self);

  if (!read_attributes (self, object))
    return FALSE;
  _tandem_workspace_load_append (self->workspace, parent, object);
  if (!read_children (self, object))
    return FALSE;
  return check_required (self, object, line);
}

static gboolean
check_version (Reader *self)
{
  g_autofree char *version = (char *) xmlTextReaderGetAttribute (self->reader,
                                                                 (const xmlChar *) "version");
  guint64 major;
  g_auto(GStrv) parts = NULL;

  if (version == NULL)
    return fail (self, TANDEM_FORMAT_ERROR_INVALID, _("the workspace has no format version"));

  parts = g_strsplit (version, ".", 2);
  /* An empty version splits into no part at all. */
  if (parts[0] == NULL ||
      !g_ascii_string_to_unsigned (parts[0], 10, 0, G_MAXUINT, &major, NULL) ||
      (parts[1] != NULL && !g_ascii_string_to_unsigned (parts[1], 10, 0, G_MAXUINT, NULL, NULL)))
    return fail (self, TANDEM_FORMAT_ERROR_INVALID, _("“%s” is not a format version"), version);
  if (major > TANDEM_FORMAT_MAJOR)
    return fail (self, TANDEM_FORMAT_ERROR_NEWER_VERSION,
                 _("this workspace uses format %s from a newer Tandem; this version reads format %d"),
                 version, TANDEM_FORMAT_MAJOR);
  if (major < 1)
    return fail (self, TANDEM_FORMAT_ERROR_INVALID, _("“%s” is not a format version"), version);
  return TRUE;
}

static gboolean
check_references (Reader *self)
{
  for (guint i = 0; i < self->refs->len; i++)
    {
      PendingRef *ref = &g_array_index (self->refs, PendingRef, i);
      TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (ref->object);
      const TandemFieldInfo *info = &klass->fields[ref->field];
      const GValue *value = tandem_object_get_value (ref->object, ref->field);
      const char *single[] = { NULL, NULL };
      const char * const *ids = single;

      if (info->type == TANDEM_FIELD_REF)
        single[0] = g_value_get_string (value);
      else
        ids = g_value_get_boxed (value);

      for (guint k = 0; ids != NULL && ids[k] != NULL; k++)
        {
          TandemObject *target = tandem_workspace_lookup (self->workspace, ids[k]);

          if (target == NULL || strcmp (tandem_object_get_kind (target), info->ref_kind) != 0)
            return fail_at (self, TANDEM_FORMAT_ERROR_INVALID, ref->line, ids[k],
                            _("%s %s: “%s” refers to %s, which is not a %s in this workspace"),
                            klass->kind, tandem_object_get_id (ref->object), info->name, ids[k],
                            info->ref_kind);
        }
    }
  return TRUE;
}

static gboolean
read_document (Reader *self)
{
  int line;

  do
    if (!next (self))
      return FALSE;
  while (xmlTextReaderNodeType (self->reader) != XML_READER_TYPE_ELEMENT &&
         skip_insignificant (self, xmlTextReaderNodeType (self->reader)));
  if (self->error != NULL)
    return FALSE;

  if (strcmp (local_name (self), "workspace") != 0 || !in_our_namespace (self))
    {
      const char *ns = (const char *) xmlTextReaderConstNamespaceUri (self->reader);

      return fail (self, TANDEM_FORMAT_ERROR_NOT_A_WORKSPACE,
                   _("not a Tandem workspace: the root element is <%s> in %s, not <workspace> in %s"),
                   local_name (self), ns != NULL ? ns : "no namespace", TANDEM_NAMESPACE);
    }
  if (!check_version (self))
    return FALSE;

  line = current_line (self);
  if (!read_attributes (self, TANDEM_OBJECT (self->workspace)) ||
      !read_children (self, TANDEM_OBJECT (self->workspace)) ||
      !check_required (self, TANDEM_OBJECT (self->workspace), line))
    return FALSE;

  /* Nothing but comments may follow the root element. */
  while (xmlTextReaderRead (self->reader) == 1)
    if (!skip_insignificant (self, xmlTextReaderNodeType (self->reader)))
      return FALSE;
  if (self->error != NULL)
    return FALSE;

  return check_references (self);
}

static TandemWorkspace *
read_with (Reader            *self,
           xmlTextReaderPtr   reader,
           GError           **error)
{
  g_autoptr(TandemWorkspace) workspace = NULL;
  gboolean ok;

  if (reader == NULL)
    {
      g_set_error (error, TANDEM_FORMAT_ERROR, TANDEM_FORMAT_ERROR_MALFORMED,
                   "%s:1:1: %s", self->name, _("the file cannot be read as XML"));
      return NULL;
    }

  workspace = g_object_new (TANDEM_TYPE_WORKSPACE, NULL);
  self->workspace = workspace;
  self->reader = reader;
  self->refs = g_array_new (FALSE, FALSE, sizeof (PendingRef));
  xmlTextReaderSetStructuredErrorHandler (reader, on_structured_error, self);

  ok = read_document (self);

  xmlFreeTextReader (reader);
  g_array_unref (self->refs);
  g_free (self->reread);

  if (!ok)
    {
      g_assert (self->error != NULL);
      g_propagate_error (error, self->error);
      return NULL;
    }
  return g_steal_pointer (&workspace);
}

static const int parse_options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                 XML_PARSE_NOCDATA | XML_PARSE_NOXINCNODE | XML_PARSE_BIG_LINES;

/* Workspaces are UTF-8.  libxml2 would transcode UTF-16, UTF-32 or a declared
 * legacy encoding; such a file was not written by Tandem and is refused with a
 * message that says why, rather than read in a way no other tool expects. */
static gboolean
check_encoding (const char  *data,
                gsize        length,
                const char  *display_name,
                GError     **error)
{
  const guchar *bytes = (const guchar *) data;
  const char *found = NULL;
  const char *declaration;
  const char *end;
  const char *p;
  gsize offset = 0;

  if (length >= 4 && (memcmp (bytes, "\x00\x00\xfe\xff", 4) == 0 ||
                      memcmp (bytes, "\xff\xfe\x00\x00", 4) == 0 ||
                      memcmp (bytes, "\x00\x00\x00<", 4) == 0 ||
                      memcmp (bytes, "<\x00\x00\x00", 4) == 0))
    found = "UTF-32";
  else if (length >= 2 && ((bytes[0] == 0xfe && bytes[1] == 0xff) ||
                           (bytes[0] == 0xff && bytes[1] == 0xfe) ||
                           (bytes[0] == 0x00 && bytes[1] == '<') ||
                           (bytes[0] == '<' && bytes[1] == 0x00)))
    found = "UTF-16";
  else if (length >= 4 && memcmp (bytes, "\x4c\x6f\xa7\x94", 4) == 0)
    found = "EBCDIC";
  if (found != NULL)
    {
      /* Translators: %s is the name of a character encoding, e.g. UTF-16. */
      g_autofree char *message = g_strdup_printf (_("the file is %s; workspaces are UTF-8"), found);

      g_set_error (error, TANDEM_FORMAT_ERROR, TANDEM_FORMAT_ERROR_INVALID,
                   "%s:1:1: %s", display_name, message);
      return FALSE;
    }

  /* The declaration, if any, is the first thing in the file, after a UTF-8
   * byte order mark. */
  if (length >= 3 && memcmp (bytes, "\xef\xbb\xbf", 3) == 0)
    offset = 3;
  declaration = data + offset;
  if (length - offset < 6 || memcmp (declaration, "<?xml", 5) != 0 ||
      !g_ascii_isspace (declaration[5]))
    return TRUE;
  end = g_strstr_len (declaration, MIN (length - offset, 1024), "?>");
  if (end == NULL)
    return TRUE;
  p = g_strstr_len (declaration, end - declaration, "encoding");
  if (p == NULL)
    return TRUE;

  {
    const char *value = p + strlen ("encoding");
    const char *close;
    g_autofree char *encoding = NULL;

    while (value < end && (g_ascii_isspace (*value) || *value == '='))
      value++;
    if (value >= end || (*value != '"' && *value != '\''))
      return TRUE;
    close = memchr (value + 1, *value, end - value - 1);
    if (close == NULL)
      return TRUE;
    encoding = g_strndup (value + 1, close - value - 1);
    if (g_ascii_strcasecmp (encoding, "UTF-8") == 0 || g_ascii_strcasecmp (encoding, "UTF8") == 0 ||
        g_ascii_strcasecmp (encoding, "US-ASCII") == 0 || g_ascii_strcasecmp (encoding, "ASCII") == 0)
      return TRUE;
    if (!g_utf8_validate (encoding, -1, NULL) || strlen (encoding) > 40)
      _tandem_set_str (&encoding, "?");

    {
      /* Translators: %s is the name of a character encoding, e.g. ISO-8859-1. */
      g_autofree char *message = g_strdup_printf (_("the file declares the encoding “%s”; "
                                                    "workspaces are UTF-8"), encoding);

      g_set_error (error, TANDEM_FORMAT_ERROR, TANDEM_FORMAT_ERROR_INVALID, "%s:1:%d: %s",
                   display_name, (int) (p - declaration) + 1, message);
    }
    return FALSE;
  }
}

/**
 * tandem_xml_read:
 * @data: the file's bytes
 * @display_name: the name to put in error messages
 *
 * Reads a workspace.  No DTD, external entity or network resource is ever
 * loaded; a DOCTYPE is refused.
 *
 * Returns: (transfer full) (nullable): the workspace, clean and with an empty
 *   undo history, or %NULL with @error set to a #TandemFormatError whose
 *   message starts with “name:line:column:”.
 */
TandemWorkspace *
tandem_xml_read (const char  *data,
                 gsize        length,
                 const char  *display_name,
                 GError     **error)
{
  Reader self = { 0, };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length == 0)
    {
      g_set_error (error, TANDEM_FORMAT_ERROR, TANDEM_FORMAT_ERROR_MALFORMED,
                   "%s:1:1: %s", display_name, _("the file is empty"));
      return NULL;
    }
  if (length > G_MAXINT)
    {
      g_set_error (error, TANDEM_FORMAT_ERROR, TANDEM_FORMAT_ERROR_MALFORMED,
                   "%s:1:1: %s", display_name, _("the file is too large"));
      return NULL;
    }

  if (!check_encoding (data, length, display_name, error))
    return NULL;

  xmlSetExternalEntityLoader (refuse_external_entity);

  self.name = display_name;
  self.data = data;
  self.length = length;
  if (!check_prolog (&self))
    {
      g_propagate_error (error, self.error);
      return NULL;
    }
  return read_with (&self, xmlReaderForMemory (data, (int) length, NULL, NULL, parse_options), error);
}

static int
stream_read (void *context,
             char *buffer,
             int   length)
{
  Reader *self = context;
  gssize n;

  if (self->io_error != NULL)
    return -1;
  n = g_input_stream_read (self->stream, buffer, length, self->cancellable, &self->io_error);
  if (n > 0)
    {
      self->n_read += n;
      if (self->checksum != NULL)
        g_checksum_update (self->checksum, (const guchar *) buffer, n);
    }
  return (int) n;
}

static int
stream_close (void *context)
{
  return 0;
}

/**
 * tandem_xml_read_stream:
 * @stream: the file's bytes
 * @origin: (nullable): where @stream comes from, read again only to find
 *   the column of an error
 * @display_name: the name to put in error messages
 * @checksum: (nullable): updated with every byte read
 *
 * Like tandem_xml_read(), but parses while reading, so that the whole file is
 * never held in memory.
 *
 * Returns: (transfer full) (nullable): the workspace, or %NULL with @error set
 *   to a #TandemFormatError, or to the stream's error when reading failed.
 */
TandemWorkspace *
tandem_xml_read_stream (GInputStream  *stream,
                        GFile         *origin,
                        const char    *display_name,
                        GChecksum     *checksum,
                        GCancellable  *cancellable,
                        GError       **error)
{
  Reader self = { 0, };
  g_autoptr(GInputStream) buffered = NULL;
  TandemWorkspace *workspace;
  GError *local_error = NULL;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (origin == NULL || G_IS_FILE (origin), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  xmlSetExternalEntityLoader (refuse_external_entity);

  /* libxml2 asks for a few kilobytes at a time. */
  buffered = g_buffered_input_stream_new_sized (stream, 256 * 1024);
  g_filter_input_stream_set_close_base_stream (G_FILTER_INPUT_STREAM (buffered), FALSE);
  self.name = display_name;
  self.origin = origin;

  /* The encoding and the prolog are checked on the first bytes, before
   * libxml2 sees any of them. */
  {
    gsize available = 0;
    const char *head;

    g_buffered_input_stream_fill (G_BUFFERED_INPUT_STREAM (buffered), 64 * 1024, cancellable, NULL);
    head = g_buffered_input_stream_peek_buffer (G_BUFFERED_INPUT_STREAM (buffered), &available);
    if (available > 0 && !check_encoding (head, available, display_name, error))
      return NULL;
    self.data = head;
    self.length = available;
    if (available > 0 && !check_prolog (&self))
      {
        g_propagate_error (error, self.error);
        return NULL;
      }
    self.data = NULL;
    self.length = 0;
  }

  self.stream = buffered;
  self.checksum = checksum;
  self.cancellable = cancellable;
  workspace = read_with (&self,
                         xmlReaderForIO (stream_read, stream_close, &self, NULL, NULL, parse_options),
                         &local_error);
  if (self.io_error != NULL)
    {
      g_clear_error (&local_error);
      g_set_error (error, self.io_error->domain, self.io_error->code, "%s: %s", display_name,
                   self.io_error->message);
      g_clear_error (&self.io_error);
      g_clear_object (&workspace);
      return NULL;
    }
  if (workspace == NULL && self.n_read == 0)
    {
      g_clear_error (&local_error);
      g_set_error (error, TANDEM_FORMAT_ERROR, TANDEM_FORMAT_ERROR_MALFORMED,
                   "%s:1:1: %s", display_name, _("the file is empty"));
      return NULL;
    }
  if (local_error != NULL)
    g_propagate_error (error, local_error);
  return workspace;
}
