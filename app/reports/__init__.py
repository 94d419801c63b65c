"""Reports: ReportLab PDFs, XLSX exports and charts. Plain data in, file out."""
